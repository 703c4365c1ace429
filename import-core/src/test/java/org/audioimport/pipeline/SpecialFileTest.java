package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.audioimport.store.FailedFile;
import org.audioimport.testing.RobustnessFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Named pipes, sockets and devices named like audio are never opened (a pipe would block the worker for
 * ever), and each is recorded failed as "not a regular file" with its kind, like a broken link.
 */
@Timeout(120)
class SpecialFileTest {
    @TempDir
    static Path dir;

    private static ServerSocketChannel socket;
    private static ImportSummary summary;
    private static Map<String, String> reasons;

    @BeforeAll
    static void importTheSpecialFiles() throws Exception {
        Path special = RobustnessFixtures.makeIn(dir.resolve("fixtures")).resolve("special");
        socket = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX);
        socket.bind(UnixDomainSocketAddress.of(special.resolve("socket.ogg")));
        PipelineHarness harness = new PipelineHarness(dir.resolve("library.db"));
        summary = harness.run(special, ImportListener.NONE);
        reasons = harness.reader.failedFiles().stream()
                .collect(Collectors.toMap(f -> Path.of(f.path()).getFileName().toString(), FailedFile::reason));
    }

    @AfterAll
    static void closeTheSocket() throws Exception {
        socket.close();
    }

    @Test
    void namedPipeIsRecordedFailedWithoutBeingOpened() {
        assertEquals("not a regular file (a named pipe)", reasons.get("fifo.mp3"), reasons::toString);
    }

    @Test
    void socketIsRecordedFailed() {
        assertEquals("not a regular file (a socket)", reasons.get("socket.ogg"), reasons::toString);
    }

    @Test
    void deviceIsRecordedFailed() {
        assumeTrue(Files.exists(dir.resolve("fixtures/special/null.flac")), "devices can be made only as root");
        assertEquals("not a regular file (a character device)", reasons.get("null.flac"), reasons::toString);
    }

    @Test
    void theSummaryCountsEachAsFailed() {
        assertTrue(summary.failed() >= 2, summary::toString);
        assertEquals(reasons.size(), summary.failed(), summary::toString);
    }
}
