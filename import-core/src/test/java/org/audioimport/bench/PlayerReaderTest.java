package org.audioimport.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.audioimport.store.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The write-bound benchmark's player process, run in this JVM with its standard input and output replaced:
 * the protocol its parent relies on (ready, then one report line once the input ends).
 */
class PlayerReaderTest {
    @TempDir
    Path dir;

    @Test
    void saysReadyThenReportsItsLatencyOnceItsInputEnds() throws Exception {
        Path catalogue = Catalogue.open(dir.resolve("library.db")).file();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        InputStream in = System.in;
        PrintStream out = System.out;
        try {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            PlayerReader.main(new String[] {catalogue.toString(), "1"});
        } finally {
            System.setIn(in);
            System.setOut(out);
        }

        List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        assertEquals(PlayerReader.READY, lines.get(0));
        PlayerLatency report = PlayerLatency.parse(lines.get(1));
        assertEquals(0, report.busy());
        assertEquals(0, report.queries(), "an empty catalogue has nothing to ask about");
    }

    @Test
    void refusesAnythingButACatalogueAndAPause() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> PlayerReader.main(new String[] {"only.db"}));

        assertEquals("usage: PlayerReader CATALOGUE PAUSE_MS", refused.getMessage());
    }

    @Test
    void aLineThatIsNotAReportIsRefused() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> PlayerLatency.parse("ready"));

        assertTrue(refused.getMessage().contains("not a reader's report"), refused.getMessage());
    }
}
