package org.audioimport.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.Locale;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeResult;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.SampleLibrary.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fingerprints computed from the decoder's stream equal fpcalc's (test-data/reference/fpcalc.tsv,
 * from {@code fpcalc -length 120 -ignore-errors [-raw]}), bit for bit, whatever the codec: the
 * input Chromaprint gets is made from the float decode as fpcalc makes it.
 */
class FingerprintMatchesFpcalcTest {

    private static Chromaprint chromaprint;
    private static FingerprintSink sink;
    private final AudioDecoder decoder = AudioDecoder.ffmpeg();

    @BeforeAll
    static void load() throws Exception {
        chromaprint = Chromaprint.load();
        sink = chromaprint.newSink();
    }

    @AfterAll
    static void close() {
        sink.close();
    }

    static List<Row> rows() {
        return SampleLibrary.fpcalc();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void rawFingerprintMatchesFpcalc(Row row) throws Exception {
        DecodeResult decoded = decoder.decode(row.file(), sink);
        Fingerprint fingerprint = assertInstanceOf(Fingerprint.class, sink.finish());
        int[] expected = SampleLibrary.rawFingerprint(row);
        int[] actual = fingerprint.raw();

        assertEquals(expected.length, actual.length, "items");
        long differing = 0;
        for (int i = 0; i < expected.length; i++) {
            differing += Integer.bitCount(expected[i] ^ actual[i]);
        }
        long bits = 32L * expected.length;
        double share = (double) differing / bits;
        System.out.printf(
                Locale.ROOT,
                "fingerprint %-50s %-5s %4d items: %3d of %6d bits differ (%.4f%%)%n",
                row,
                decoded.info().container(),
                expected.length,
                differing,
                bits,
                100 * share);

        assertEquals(0, differing, "bit-identical");
        assertEquals(row.get("fingerprint_compressed"), fingerprint.compressed());
        assertEquals(Long.parseLong(row.get("duration")), (long) fingerprint.seconds(), "fingerprinted whole seconds");
    }
}
