package org.cardfile.telephony.sip.internal;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** A loopback port free for both UDP and TCP right now, for one endpoint or one SIPp run. */
final class FreePort {
    private FreePort() {
    }

    static int find() throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        for (int attempt = 0; attempt < 50; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(loopback, 0))) {
                int port = udp.getLocalPort();
                try (ServerSocket tcp = new ServerSocket()) {
                    tcp.bind(new InetSocketAddress(loopback, port));
                    return port;
                } catch (IOException taken) {
                    // TCP side in use: try another
                }
            }
        }
        throw new IOException("no loopback port free for both UDP and TCP");
    }
}
