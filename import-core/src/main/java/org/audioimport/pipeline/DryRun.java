package org.audioimport.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.scanning.FoundFile;
import org.audioimport.scanning.WalkEntry;
import org.audioimport.store.CatalogueException;
import org.audioimport.store.KnownFile;

/**
 * What an import would do, found the way the import finds it (the same walk, plan, signature check and
 * content hash for moves) but without decoding anything or writing to the catalogue. Runs on the calling
 * thread.
 */
public final class DryRun {
    private DryRun() {}

    /**
     * The import's plan for the folders {@code named} against what the catalogue knows ({@code history},
     * {@link ScanHistory#none()} for a catalogue that does not exist yet), with the walk and purge age of
     * {@code settings}. The folders are spelled and joined as the import spells and joins them ({@link
     * ScanScope}).
     */
    public static DryRunReport plan(List<Path> named, ScanHistory history, ImportSettings settings, long nowMs)
            throws IOException, CatalogueException {
        ScanPlan plan = ScanScope.plan(settings.walk(), named, history).plan();
        Identifier identifier = new Identifier(new WorkClock(), AudioDecoder.standard());
        List<Path> imports = new ArrayList<>();
        List<Path> updates = new ArrayList<>();
        List<FileOutcome.Moved> moves = new ArrayList<>();
        List<FileOutcome.Failed> failures = new ArrayList<>(plan.unavailableRoots());
        for (FileTask task : plan.tasks()) {
            switch (task) {
                case FileTask.Refresh refresh -> updates.add(refresh.path());
                case FileTask.Examine examine -> {
                    switch (examine.entry()) {
                        case WalkEntry.Unreachable unreachable ->
                            failures.add(new FileOutcome.Failed(unreachable.path(), unreachable.reason()));
                        case WalkEntry.Candidate candidate -> {
                            FoundFile file = candidate.file();
                            switch (identifier.identify(file)) {
                                case Identifier.Unidentified unidentified ->
                                    failures.add(new FileOutcome.Failed(
                                            file.path(), unidentified.failure().reason()));
                                case Identifier.Identified identified -> {
                                    KnownFile from =
                                            examine.known() ? null : plan.claimGone(identified.contentHash(), file);
                                    if (from != null) {
                                        moves.add(new FileOutcome.Moved(file.path(), from.path()));
                                    } else if (examine.known()) {
                                        updates.add(file.path());
                                    } else {
                                        imports.add(file.path());
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        List<String> missing = plan.unclaimedGonePaths();
        return new DryRunReport(
                plan.filesSeen(),
                imports,
                updates,
                moves,
                failures,
                missing,
                plan.unchanged(),
                plan.purgeable(settings.purgeMissingAfter(), nowMs));
    }
}
