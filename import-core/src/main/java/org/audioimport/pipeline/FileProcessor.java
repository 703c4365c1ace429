package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.audioimport.analyze.Analysis;
import org.audioimport.analyze.AnalyzeSink;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.DecodeResult;
import org.audioimport.decode.DecodeWarning;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;
import org.audioimport.decode.StreamInfo;
import org.audioimport.fingerprint.FingerprintOutcome;
import org.audioimport.fingerprint.FingerprintSink;
import org.audioimport.flavor.FileFlavor;
import org.audioimport.flavor.FlavorSink;
import org.audioimport.scanning.DeclaredLength;
import org.audioimport.scanning.FoundFile;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.SegmentSink;
import org.audioimport.store.AudioProperties;
import org.audioimport.store.FileImport;
import org.audioimport.store.PhaseResults;
import org.audioimport.tags.TagReader;
import org.audioimport.tags.Tags;

/**
 * A worker's tools for one file at a time: {@link #identify} checks the content is audio and hashes it
 * (enough to recognise a moved file without decoding it); {@link #process} decodes it once, the phases of
 * the asked-for result groups listening to that one decode; {@link #tags} reads its tags. Not thread-safe:
 * each worker has its own.
 */
final class FileProcessor implements AutoCloseable {
    private final AudioDecoder decoder = AudioDecoder.standard();
    private final TagReader tagReader = new TagReader();
    private final FingerprintSink fingerprint;
    private final SegmentSink segment;
    private final AnalyzeSink analyze;
    private final FlavorSink flavor = new FlavorSink();
    private final WorkClock clock;
    private final TimedSink timedFingerprint;
    private final TimedSink timedSegment;
    private final TimedSink timedAnalyze;
    private final TimedSink timedFlavor;
    private final PcmSink lendCore;
    private final Identifier identifier;

    FileProcessor(FingerprintSink fingerprint, PhaseSettings settings, WorkClock clock, ComputeTurns turns) {
        this.fingerprint = fingerprint;
        this.segment = new SegmentSink(settings.segment());
        this.analyze = new AnalyzeSink(settings.analyze(), settings.segment().minSilenceSeconds());
        this.clock = clock;
        this.timedFingerprint = new TimedSink(fingerprint, clock, WorkClock.Part.FINGERPRINT);
        this.timedSegment = new TimedSink(segment, clock, WorkClock.Part.SEGMENT);
        this.timedAnalyze = new TimedSink(analyze, clock, WorkClock.Part.ANALYZE);
        this.timedFlavor = new TimedSink(flavor, clock, WorkClock.Part.FLAVOR);
        this.lendCore = turns.lending();
        this.identifier = new Identifier(clock, decoder);
    }

    /** What one decode of a file gave: what the stream holds, and the results of the phases that listened. */
    record Decoded(
            StreamInfo info,
            AudioProperties audio,
            PhaseResults phases,
            List<DecodeWarning> warnings,
            double durationSeconds,
            long frames) {}

    /** Checks the content is audio and hashes it; a file that fails here is never decoded. */
    Identifier.Identity identify(FoundFile file) {
        return identifier.identify(file);
    }

    /**
     * Decodes the file once, the phases of {@code groups} listening, and finishes them: the only decode of
     * a file, for an import (every group) and for a refresh (the stale groups) alike.
     */
    Decoded process(FoundFile file, Set<ResultGroup> groups) throws DecodeException, SinkException {
        boolean fingerprinting = groups.contains(ResultGroup.FINGERPRINT);
        boolean cutting = groups.contains(ResultGroup.PASSAGES);
        List<PcmSink> sinks = new ArrayList<>(List.of(lendCore));
        if (fingerprinting) {
            sinks.add(timedFingerprint);
        }
        if (cutting) {
            sinks.add(timedSegment);
            sinks.add(timedAnalyze);
            sinks.add(timedFlavor);
        }
        DecodeResult decoded;
        Optional<PhaseResults.Passages> passages;
        try {
            decoded = timedDecode(file, new PcmFanOut(sinks));
            passages = cutting ? Optional.of(passages()) : Optional.empty();
        } finally {
            releaseLongFileMeasures();
        }
        Optional<FingerprintOutcome> print =
                fingerprinting ? Optional.of(timed(WorkClock.Part.FINGERPRINT, fingerprint::finish)) : Optional.empty();
        StreamInfo info = decoded.info();
        AudioProperties audio = new AudioProperties(
                info.container(),
                info.codec(),
                info.sampleRate(),
                info.channels(),
                info.bitDepth(),
                info.bitrateKbps(),
                decoded.durationTicks());
        return new Decoded(
                info,
                audio,
                new PhaseResults(print, passages),
                decoded.warnings(),
                decoded.durationSeconds(),
                decoded.frames());
    }

    /** The tags of a decoded file: the reader is told the container found by content, not by name. */
    Tags tags(Identifier.Identified identified, StreamInfo info) {
        long started = WorkClock.now();
        try {
            return tagReader.read(identified.file().path(), identified.container(), info.metadata());
        } finally {
            clock.add(WorkClock.Part.TAGS, WorkClock.now() - started);
        }
    }

    /** The decoder's warnings, and one more when the container declares more audio than was decoded. */
    static List<DecodeWarning> withDeclaredLength(Identifier.Identified identified, Decoded decoded) {
        if (decoded.warnings().stream().anyMatch(w -> w.message().startsWith("truncated"))) {
            return decoded.warnings();
        }
        try (FileChannel channel = FileChannel.open(identified.file().path(), StandardOpenOption.READ)) {
            Optional<String> truncated =
                    DeclaredLength.truncation(channel, identified.container(), decoded.durationSeconds());
            if (truncated.isEmpty()) {
                return decoded.warnings();
            }
            List<DecodeWarning> warnings = new ArrayList<>(decoded.warnings());
            warnings.add(new DecodeWarning(decoded.frames(), decoded.durationSeconds(), truncated.get()));
            return warnings;
        } catch (IOException e) {
            return decoded.warnings();
        }
    }

    /** The passages, and what the analyze and flavor phases measured over them. */
    private PhaseResults.Passages passages() throws SinkException {
        SegmentOutcome segments = timed(WorkClock.Part.SEGMENT, segment::finish);
        Analysis analysis = timed(WorkClock.Part.ANALYZE, () -> analyze.finish(segments));
        FileFlavor flavors = timed(WorkClock.Part.FLAVOR, () -> FileFlavor.of(flavor.finish(), segments));
        return new PhaseResults.Passages(segments, analysis, flavors);
    }

    /**
     * Decodes through the timed phases; the decode's own time is the call's less what the phases took. The
     * phases' time is extrapolated from sampled blocks ({@link TimedSink}), and on a short file can come out
     * above the whole call's: the decode then counts as none, not as a negative time.
     */
    private DecodeResult timedDecode(FoundFile file, PcmSink sinks) throws DecodeException, SinkException {
        long started = WorkClock.now();
        try {
            return decoder.decode(file.path(), sinks);
        } finally {
            long phases = timedFingerprint.takeSpentNanos()
                    + timedSegment.takeSpentNanos()
                    + timedAnalyze.takeSpentNanos()
                    + timedFlavor.takeSpentNanos();
            clock.add(WorkClock.Part.DECODE, Math.max(0, WorkClock.now() - started - phases));
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws SinkException;
    }

    private <T> T timed(WorkClock.Part part, Step<T> step) throws SinkException {
        long started = WorkClock.now();
        try {
            return step.run();
        } finally {
            clock.add(part, WorkClock.now() - started);
        }
    }

    /** The failure record already names the file; its reason need not repeat the path. */
    static FileImport.Failed failure(FoundFile file, DecodeException e) {
        return ReadSupport.failed(file, withoutPath(e.getMessage(), file));
    }

    @Override
    public void close() {
        try {
            fingerprint.close();
        } finally {
            releaseLongFileMeasures();
        }
    }

    /** Deletes the temporary files in which the segment and analyze phases kept a long file's measures. */
    private void releaseLongFileMeasures() {
        try {
            segment.close();
        } finally {
            analyze.close();
        }
    }

    /** The failure record already names the file; its reason need not repeat the path. */
    private static String withoutPath(String message, FoundFile file) {
        String prefix = file.path() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
