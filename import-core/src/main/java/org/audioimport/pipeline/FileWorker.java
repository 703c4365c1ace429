package org.audioimport.pipeline;

import java.nio.file.Path;
import java.util.Set;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.SinkException;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.series.SpillException;
import org.audioimport.store.FileImport;
import org.audioimport.store.KnownFile;

/**
 * The one worker body, the same for an import and a refresh: what a task makes of its file, ready for the
 * writer. Decoding happens in one of the computing turns; everything else here is cheap.
 */
final class FileWorker {
    private final ComputeTurns computing;

    FileWorker(ComputeTurns computing) {
        this.computing = computing;
    }

    FileImport resultOf(FileTask task, ScanPlan plan, FileProcessor processor) {
        return switch (task) {
            case FileTask.Refresh stale -> computed(processor, stale.file(), stale.groups(), null);
            case FileTask.Examine examine ->
                switch (examine.entry()) {
                    case WalkEntry.Unreachable unreachable ->
                        ReadSupport.failed(new FoundFile(unreachable.path(), 0, 0), unreachable.reason());
                    case WalkEntry.Candidate candidate ->
                        switch (processor.identify(candidate.file())) {
                            case Identifier.Unidentified unidentified -> unidentified.failure();
                            case Identifier.Identified identified -> {
                                KnownFile movedFrom = examine.known()
                                        ? null
                                        : plan.claimGone(identified.contentHash(), candidate.file());
                                yield movedFrom != null
                                        ? new FileImport.Moved(movedFrom, candidate.file(), identified.contentHash())
                                        : computed(processor, candidate.file(), ResultGroup.ALL, identified);
                            }
                        };
                };
        };
    }

    /** What the run reports of a file once its result is committed. */
    static FileOutcome outcome(FileImport result, FileTask task) {
        Path path = result.file().path();
        return switch (result) {
            case FileImport.Imported imported ->
                task instanceof FileTask.Examine examine && !examine.known()
                        ? new FileOutcome.Imported(path)
                        : new FileOutcome.Updated(path);
            case FileImport.Refreshed refreshed -> new FileOutcome.Updated(path);
            case FileImport.Moved moved ->
                new FileOutcome.Moved(path, moved.from().path());
            case FileImport.Failed failed -> new FileOutcome.Failed(path, failed.reason());
        };
    }

    /**
     * Decodes the file in one of the {@link #computing} turns, running the phases of {@code groups}: an
     * identified file is imported whole (its tags read too), an unchanged one has its stale groups refreshed.
     */
    private FileImport computed(
            FileProcessor processor, FoundFile file, Set<ResultGroup> groups, Identifier.Identified identified) {
        computing.enter();
        try {
            FileProcessor.Decoded decoded = processor.process(file, groups);
            if (identified == null) {
                return new FileImport.Refreshed(file, decoded.audio(), decoded.phases());
            }
            return new FileImport.Imported(
                    file,
                    identified.contentHash(),
                    decoded.audio(),
                    processor.tags(identified, decoded.info()),
                    decoded.phases(),
                    FileProcessor.withDeclaredLength(identified, decoded));
        } catch (DecodeException e) {
            return FileProcessor.failure(file, e);
        } catch (SinkException | SpillException e) {
            return ReadSupport.failed(file, "analysis failed: " + e.getMessage());
        } finally {
            computing.leave();
        }
    }
}
