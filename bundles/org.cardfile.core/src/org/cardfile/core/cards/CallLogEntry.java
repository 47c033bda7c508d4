package org.cardfile.core.cards;

import java.time.Duration;
import java.time.Instant;

import org.cardfile.core.model.Channel;
import org.cardfile.core.model.Direction;

/**
 * One contact with the card's customer, of any channel: a call from the incoming list or a logged
 * interaction (e-mail, walk-in, web form, letter, transfer).
 *
 * @param number     the caller's number for calls; the address or empty otherwise
 * @param source     the advertising source of a call's tracking number; empty otherwise
 * @param duration   a call's length; null when unknown or not a call
 * @param summary    status, codes or notes in one line
 * @param recording  a call recording reference (URL or file path); empty when there is none
 * @param callId     the incoming-list entry; 0 for logged interactions
 */
public record CallLogEntry(Instant at, Channel channel, Direction direction, String number, String source,
        Duration duration, String employeeName, String summary, String recording, long callId) {

    public CallLogEntry {
        number = number == null ? "" : number;
        source = source == null ? "" : source;
        employeeName = employeeName == null ? "" : employeeName;
        summary = summary == null ? "" : summary;
        recording = recording == null ? "" : recording;
    }
}
