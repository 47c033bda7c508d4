package org.cardfile.rpc;

/**
 * A workstation asking for a seat: the office it serves (its code) and a name admins recognise
 * (host name, desk). The answer carries the client id the workstation sends from then on.
 */
public record Registration(String officeCode, String workstationName) {

    public record Seat(String clientId, long officeId, String officeName, int seatsInUse, int seats) {
    }
}
