package org.audioimport.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * FLACs whose packets FFmpeg refuses (test-data/damaged, made by make-damaged-fixtures.sh: one cut
 * mid-frame, one damaged packet mid-file, two in a row) fingerprint bit for bit as fpcalc
 * fingerprints them (test-data/damaged/fpcalc.tsv): without the frame before each refused packet,
 * and only up to a second refusal in a row.
 */
class DamagedFileFingerprintTest {

    private static FingerprintSink sink;
    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    @BeforeAll
    static void load() throws Exception {
        sink = Chromaprint.load().newSink();
    }

    @AfterAll
    static void close() {
        sink.close();
    }

    static List<Map<String, String>> files() {
        return Tsv.read(SampleLibrary.testData().resolve("damaged/fpcalc.tsv"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void rawFingerprintEqualsFpcalcs(Map<String, String> row) throws Exception {
        Path file = SampleLibrary.testData().resolve(row.get("path"));
        int[] expected = Arrays.stream(row.get("fingerprint").split(","))
                .mapToInt(item -> (int) Long.parseLong(item))
                .toArray();

        decoder.decode(file, sink);
        Fingerprint fingerprint = assertInstanceOf(Fingerprint.class, sink.finish());

        assertArrayEquals(expected, fingerprint.raw());
    }
}
