package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
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
import org.audioimport.scanning.AudioSignature;
import org.audioimport.scanning.AudioSignature.Container;
import org.audioimport.scanning.ContentHash;
import org.audioimport.scanning.DeclaredLength;
import org.audioimport.scanning.FoundFile;
import org.audioimport.segment.SegmentOutcome;
import org.audioimport.segment.SegmentSink;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.store.AudioProperties;
import org.audioimport.store.FileImport;
import org.audioimport.store.RefreshedPhases;
import org.audioimport.tags.TagReader;
import org.audioimport.tags.Tags;

/**
 * Turns one file into its {@link FileImport} in two steps: {@link #identify} checks the content is audio
 * and hashes it (enough to recognise a moved file without decoding it); {@link #analyse} decodes it once,
 * every phase listening to that one decode, and reads its tags. Not thread-safe: each worker has its own.
 */
final class FileProcessor implements AutoCloseable {
    private final AudioDecoder decoder = AudioDecoder.ffmpeg();
    private final ContentHash hash = new ContentHash();
    private final TagReader tagReader = new TagReader();
    private final FingerprintSink fingerprint;
    private final SegmentSink segment;
    private final AnalyzeSink analyze;
    private final FlavorSink flavor = new FlavorSink();
    private final PhaseClock clock;
    private final TimedSink timedFingerprint;
    private final TimedSink timedSegment;
    private final TimedSink timedAnalyze;
    private final TimedSink timedFlavor;
    private final CoreLending lendCore;
    private final PcmFanOut phases;

    FileProcessor(FingerprintSink fingerprint, PhaseSettings settings, PhaseClock clock, ComputeTurns turns) {
        this.fingerprint = fingerprint;
        this.segment = new SegmentSink(settings.segment());
        this.analyze = new AnalyzeSink(settings.analyze(), settings.segment().minSilenceSeconds());
        this.clock = clock;
        this.timedFingerprint = new TimedSink(fingerprint, clock, PhaseClock.Part.FINGERPRINT);
        this.timedSegment = new TimedSink(segment, clock, PhaseClock.Part.SEGMENT);
        this.timedAnalyze = new TimedSink(analyze, clock, PhaseClock.Part.ANALYZE);
        this.timedFlavor = new TimedSink(flavor, clock, PhaseClock.Part.FLAVOR);
        this.lendCore = new CoreLending(turns);
        this.phases = new PcmFanOut(List.of(lendCore, timedFingerprint, timedSegment, timedAnalyze, timedFlavor));
    }

    /** What a file's first bytes and its hash say, before any decoding. */
    sealed interface Identity {
    }

    /** Audio, of this container, with this content hash. */
    record Identified(FoundFile file, Container container, String contentHash) implements Identity {
    }

    /** Not audio, or not readable: the failure to record. */
    record Unidentified(FileImport.Failed failure) implements Identity {
    }

    /** Checks the content is audio and hashes it; a file that fails here is never decoded. */
    Identity identify(FoundFile file) {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            Optional<Container> detected = AudioSignature.detect(channel);
            if (detected.isEmpty()) {
                return new Unidentified(new FileImport.Failed(file, channel.size() == 0
                        ? "file is empty (0 bytes)"
                        : "not an audio file: its content matches no known audio format"));
            }
            long started = PhaseClock.now();
            String contentHash = hash.of(channel);
            clock.add(PhaseClock.Part.HASH, PhaseClock.now() - started);
            return new Identified(file, detected.get(), contentHash);
        } catch (NoSuchFileException e) {
            return new Unidentified(new FileImport.Failed(file, "file vanished during the scan"));
        } catch (IOException e) {
            return new Unidentified(new FileImport.Failed(file, LibraryWalker.describe(e)));
        }
    }

    /** Decodes the file once, every phase listening, and reads its tags. */
    FileImport analyse(Identified identified) {
        FoundFile file = identified.file();
        Container container = identified.container();
        String contentHash = identified.contentHash();
        DecodeResult decoded;
        FingerprintOutcome print;
        SegmentOutcome segments;
        Analysis analysis;
        FileFlavor flavors;
        try {
            decoded = timedDecode(file, phases);
            print = timed(PhaseClock.Part.FINGERPRINT, fingerprint::finish);
            segments = timed(PhaseClock.Part.SEGMENT, segment::finish);
            SegmentOutcome passages = segments;
            analysis = timed(PhaseClock.Part.ANALYZE, () -> analyze.finish(passages));
            flavors = timed(PhaseClock.Part.FLAVOR, () -> FileFlavor.of(flavor.finish(), passages));
        } catch (DecodeException e) {
            return failure(file, e);
        } catch (SinkException e) {
            return new FileImport.Failed(file, "analysis failed: " + e.getMessage());
        }
        StreamInfo info = decoded.info();
        long tagsStarted = PhaseClock.now();
        Tags tags = tagReader.read(file.path(), container, info.metadata());
        clock.add(PhaseClock.Part.TAGS, PhaseClock.now() - tagsStarted);
        AudioProperties audio = new AudioProperties(info.container(), info.codec(), info.sampleRate(), info.channels(),
                info.bitDepth(), info.bitrateKbps(), decoded.durationTicks());
        return new FileImport.Imported(file, contentHash, audio, tags, print, segments, analysis, flavors,
                withDeclaredLength(file, container, decoded));
    }

    /** The decoder's warnings, and one more when the container declares more audio than was decoded. */
    private static List<DecodeWarning> withDeclaredLength(FoundFile file, Container container, DecodeResult decoded) {
        if (decoded.warnings().stream().anyMatch(w -> w.message().startsWith("truncated"))) {
            return decoded.warnings();
        }
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            Optional<String> truncated = DeclaredLength.truncation(channel, container, decoded.durationSeconds());
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

    /** Only the given phases, on one decode: for a file whose other results are still current. */
    RefreshedPhases refresh(FoundFile file, Set<Phase> stale) throws DecodeException, SinkException {
        List<PcmSink> sinks = new ArrayList<>(List.of(lendCore));
        if (stale.contains(Phase.FINGERPRINT)) {
            sinks.add(timedFingerprint);
        }
        if (stale.contains(Phase.PASSAGES)) {
            sinks.add(timedSegment);
            sinks.add(timedAnalyze);
            sinks.add(timedFlavor);
        }
        DecodeResult decoded = timedDecode(file, new PcmFanOut(sinks));
        FingerprintOutcome print = stale.contains(Phase.FINGERPRINT)
                ? timed(PhaseClock.Part.FINGERPRINT, fingerprint::finish) : null;
        if (!stale.contains(Phase.PASSAGES)) {
            return new RefreshedPhases(print, null, null, null, decoded.durationSeconds());
        }
        SegmentOutcome segments = timed(PhaseClock.Part.SEGMENT, segment::finish);
        Analysis analysis = timed(PhaseClock.Part.ANALYZE, () -> analyze.finish(segments));
        FileFlavor flavors = timed(PhaseClock.Part.FLAVOR, () -> FileFlavor.of(flavor.finish(), segments));
        return new RefreshedPhases(print, segments, analysis, flavors, decoded.durationSeconds());
    }

    /** Decodes through the timed phases; the decode's own time is the call's less what the phases took. */
    private DecodeResult timedDecode(FoundFile file, PcmSink sinks) throws DecodeException, SinkException {
        long started = PhaseClock.now();
        try {
            return decoder.decode(file.path(), sinks);
        } finally {
            long phases = timedFingerprint.takeSpentNanos() + timedSegment.takeSpentNanos() + timedAnalyze.takeSpentNanos()
                    + timedFlavor.takeSpentNanos();
            clock.add(PhaseClock.Part.DECODE, PhaseClock.now() - started - phases);
        }
    }

    @FunctionalInterface
    private interface Step<T> {
        T run() throws SinkException;
    }

    private <T> T timed(PhaseClock.Part part, Step<T> step) throws SinkException {
        long started = PhaseClock.now();
        try {
            return step.run();
        } finally {
            clock.add(part, PhaseClock.now() - started);
        }
    }

    /** The failure record already names the file; its reason need not repeat the path. */
    static FileImport.Failed failure(FoundFile file, DecodeException e) {
        return new FileImport.Failed(file, withoutPath(e.getMessage(), file));
    }

    @Override
    public void close() {
        fingerprint.close();
    }

    /** The failure record already names the file; its reason need not repeat the path. */
    private static String withoutPath(String message, FoundFile file) {
        String prefix = file.path() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
