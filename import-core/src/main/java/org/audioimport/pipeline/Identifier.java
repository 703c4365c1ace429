package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeException;
import org.audioimport.scanning.AudioExtensions;
import org.audioimport.scanning.AudioSignature;
import org.audioimport.scanning.AudioSignature.Container;
import org.audioimport.scanning.ContentHash;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.LibraryWalker;
import org.audioimport.store.FileImport;

/**
 * What a file's first bytes and its hash say, before any decoding: whether it is audio, of which container,
 * and its content hash (enough to recognise a moved file). A file named like audio whose bytes match no
 * signature here is given to FFmpeg's probe, which knows more formats than this class does. Not
 * thread-safe: each worker has its own.
 */
final class Identifier {
    private final ContentHash hash = new ContentHash();
    private final WorkClock clock;
    private final AudioDecoder prober;

    Identifier(WorkClock clock, AudioDecoder prober) {
        this.clock = clock;
        this.prober = prober;
    }

    /** What identifying a file gave. */
    sealed interface Identity {}

    /** Audio, of this container, with this content hash. */
    record Identified(FoundFile file, Container container, String contentHash) implements Identity {}

    /** Not audio, or not readable: the failure to record. */
    record Unidentified(FileImport.Failed failure) implements Identity {}

    /** Checks the content is audio and hashes it. */
    Identity identify(FoundFile file) {
        try (FileChannel channel = FileChannel.open(file.path(), StandardOpenOption.READ)) {
            Optional<Container> detected = AudioSignature.detect(channel);
            if (detected.isEmpty() && channel.size() > 0 && AudioExtensions.claimsAudio(file.path())) {
                detected = probedByFfmpeg(file);
            }
            if (detected.isEmpty()) {
                return new Unidentified(ReadSupport.failed(
                        file,
                        channel.size() == 0
                                ? "file is empty (0 bytes)"
                                : "not an audio file: its content matches no known audio format"));
            }
            long started = WorkClock.now();
            String contentHash = hash.of(channel);
            clock.add(WorkClock.Part.HASH, WorkClock.now() - started);
            return new Identified(file, detected.get(), contentHash);
        } catch (NoSuchFileException e) {
            return new Unidentified(ReadSupport.failed(file, "file vanished during the scan"));
        } catch (IOException e) {
            return new Unidentified(ReadSupport.failed(file, LibraryWalker.describe(e)));
        }
    }

    private Optional<Container> probedByFfmpeg(FoundFile file) {
        try {
            prober.probe(file.path());
            return Optional.of(Container.OTHER);
        } catch (DecodeException e) {
            return Optional.empty();
        }
    }
}
