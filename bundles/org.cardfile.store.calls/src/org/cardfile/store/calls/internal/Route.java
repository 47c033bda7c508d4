package org.cardfile.store.calls.internal;

import org.cardfile.core.calls.CallSource;

/**
 * Where a dialled number sends a call.
 *
 * @param officeId    the office whose workstations see it
 * @param region      that office's default region, for reading the caller's number
 * @param dnis        the dialled number in E.164, or as signalled when it is not a number
 * @param destination where the tracking number puts calls through to (the driver's wins when given)
 * @param source      advertising source and card template, or flagged unknown
 */
record Route(long officeId, String region, String dnis, String destination, CallSource source) {
}
