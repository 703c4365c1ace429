package org.audioimport.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.EOFException;
import java.io.IOException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/**
 * An exchange that ends early is a TLS failure when a failed handshake is behind it, however deep: the
 * JDK's HTTP client, racing its TLS layer, sometimes reports an https URL of a plain HTTP server as the
 * connection's end ("received no bytes") with the handshake's error as a cause.
 */
class BrokenOffTest {
    @Test
    void anEndOfConnectionCausedByAFailedHandshakeIsATlsFailure() {
        IOException ended = new IOException(
                "HTTP/1.1 header parser received no bytes",
                new EOFException("EOF reached while reading")
                        .initCause(new SSLHandshakeException("Unrecognized SSL message, plaintext connection?")));

        assertEquals(
                "TLS failure talking to AcoustID: Unrecognized SSL message, plaintext connection?",
                WebService.brokenOff("AcoustID", ended).getMessage());
    }

    @Test
    void anEndOfConnectionWithNoHandshakeBehindItIsAnAnswerBrokenOff() {
        IOException ended = new IOException("HTTP/1.1 header parser received no bytes", new EOFException());

        assertEquals(
                "AcoustID broke off the answer: HTTP/1.1 header parser received no bytes",
                WebService.brokenOff("AcoustID", ended).getMessage());
    }
}
