package org.audioimport.flavor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class FrameAnalyzerTest {

    private final FrameAnalyzer analyzer = new FrameAnalyzer();
    private final float[] features = new float[FrameAnalyzer.FEATURES];

    private static float[] frame(double hz, double amplitude) {
        float[] frame = new float[FrameAnalyzer.FRAME];
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (float) (amplitude * Math.sin(2 * Math.PI * hz * i / FrameAnalyzer.RATE));
        }
        return frame;
    }

    @Test
    void aSineIsMeasuredWhereItIs() {
        assertTrue(analyzer.analyse(frame(1000, 0.5), features));
        assertEquals(10 * Math.log10(0.125), features[FrameAnalyzer.LOUDNESS], 0.1);
        assertEquals(1000, features[FrameAnalyzer.CENTROID], 30);
        assertEquals(2000, features[FrameAnalyzer.ZCR], 30);
        // 1 kHz is between B5 and C6, nearer C6 (1046.5 Hz is C6; 987.8 Hz is B5): pitch class B or C.
        float c = features[FrameAnalyzer.CHROMA];
        float b = features[FrameAnalyzer.CHROMA + 11];
        assertEquals(1f, Math.max(b, c));
    }

    @Test
    void aQuietFrameIsSilent() {
        assertFalse(analyzer.analyse(frame(1000, 0.0005), features));
        assertFalse(analyzer.analyse(new float[FrameAnalyzer.FRAME], features));
    }

    @Test
    void analysingAFrameAllocatesNothing() {
        float[] frame = frame(440, 0.3);
        for (int i = 0; i < 20_000; i++) {
            analyzer.analyse(frame, features);
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1_000; i++) {
            analyzer.analyse(frame, features);
        }
        assertEquals(0, threads.getCurrentThreadAllocatedBytes() - before);
    }
}
