package org.audioimport.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.audioimport.segment.AnalysisFixtures.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact passage frames of every lossless analysis fixture and sample file, recorded from the
 * code of commit 4781654: a change meant only to make segmenting cheaper must find the same
 * samples (else it bumps {@link SegmentSink#VERSION}). Lossy files are left out: FFmpeg's float
 * decoders may round differently on another CPU.
 */
class PinnedPassagesTest {

    private static final Map<String, String> PINNED = Map.of(
            "analysis/clipped.flac", "2-176395",
            "analysis/fades.flac", "16000-204320",
            "analysis/hidden-track.flac", "1-95983 288002-351994",
            "analysis/quiet-gap.flac", "25-231994",
            "analysis/silence.flac", "none",
            "sample/Other Artist/Split Single/1 - Neon Side.flac", "15-154236",
            "sample/The Fixtures/Synthetic Seasons/01 - First Frost.flac", "32-352616",
            "sample/The Fixtures/Synthetic Seasons/07 - Falling Leaves.wav", "26-110166",
            "sample/The Fixtures/Synthetic Seasons/08 - Solstice Night.aiff", "53-110200",
            "sample/untagged/track 17.flac", "37-223906");

    static List<Reference> losslessReferences() {
        return AnalysisFixtures.references().stream()
                .filter(r -> PINNED.containsKey(r.path()))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("losslessReferences")
    void passagesStartAndEndOnThePinnedFrames(Reference reference) throws Exception {
        SegmentSink sink = new SegmentSink();
        AnalysisFixtures.decode(reference.file(), sink);
        assertEquals(PINNED.get(reference.path()), frames(sink.finish()), reference.path());
    }

    private static String frames(SegmentOutcome outcome) {
        if (!(outcome instanceof Segmented segmented)) {
            return "none";
        }
        return segmented.passages().stream()
                .map(p -> p.startFrame() + "-" + p.endFrame())
                .collect(Collectors.joining(" "));
    }
}
