package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.KnownFile;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dry run's plan matches what the import then does, and making it reads the catalogue without changing it. */
class DryRunTest {
    private static final String CHANGED = "The Fixtures/Synthetic Seasons/03 - April Showers.mp3";
    private static final String MOVED = "copies/01 - First Frost.mp3";
    private static final String REMOVED = "untagged/track 17.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;
    private int sampleFiles;

    @BeforeEach
    void copySample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
        sampleFiles = SampleLibrary.expected().size();
    }

    @Test
    void onANewCatalogueEveryAudioFileWouldBeImportedAndTheRestFailWithTheirReason() throws Exception {
        Files.writeString(library.resolve("notes.mp3"), "not audio\n");
        Files.createSymbolicLink(library.resolve("gone.flac"), dir.resolve("nowhere.flac"));

        DryRunReport plan =
                DryRun.plan(List.of(library), ScanHistory.none(), settings(null), System.currentTimeMillis());

        assertEquals(sampleFiles + 2, plan.filesSeen());
        assertEquals(sampleFiles, plan.imports().size());
        Map<String, String> reasons = plan.failures().stream()
                .collect(Collectors.toMap(f -> f.path().getFileName().toString(), FileOutcome.Failed::reason));
        assertEquals(Set.of("notes.mp3", "gone.flac"), reasons.keySet());
        assertTrue(reasons.get("notes.mp3").startsWith("not an audio file"), reasons.toString());
        assertTrue(reasons.get("gone.flac").startsWith("broken symbolic link"), reasons.toString());
        assertTrue(plan.updates().isEmpty()
                && plan.moves().isEmpty()
                && plan.missing().isEmpty());
        assertEquals(0, plan.unchanged());
        assertEquals(List.of(), plan.purged());
    }

    @Test
    void byteIdenticalCopiesMovedTogetherArePairedByNameAsTheImportThenMovesThem() throws Exception {
        Path original = library.resolve(MOVED);
        List<String> names = List.of("c0.mp3", "c1.mp3", "c2.mp3", "c3.mp3");
        for (String name : names) {
            Files.copy(original, library.resolve(name));
        }
        harness.run(library, ImportListener.NONE);
        Path movedTo = Files.createDirectories(library.resolve("moved"));
        Set<String> byName = new TreeSet<>();
        for (String name : names) {
            Files.move(library.resolve(name), movedTo.resolve(name));
            byName.add(movedTo.resolve(name) + " <- " + library.resolve(name));
        }

        DryRunReport plan = DryRun.plan(
                List.of(library), ScanHistory.of(harness.reader), settings(null), System.currentTimeMillis());
        List<FileOutcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        harness.run(library, new ImportListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                outcomes.add(outcome);
            }
        });

        assertEquals(byName, pairs(plan.moves()));
        assertEquals(
                byName,
                pairs(outcomes.stream()
                        .filter(FileOutcome.Moved.class::isInstance)
                        .map(FileOutcome.Moved.class::cast)
                        .toList()));
    }

    @Test
    void afterAnImportItFindsTheChangedTheMovedAndTheMissingAndTheImportAgrees() throws Exception {
        harness.run(library, ImportListener.NONE);
        Path changed = library.resolve(CHANGED);
        Files.setLastModifiedTime(
                changed, FileTime.fromMillis(Files.getLastModifiedTime(changed).toMillis() + 60_000));
        Path movedTo = Files.createDirectories(library.resolve("moved")).resolve("frost.mp3");
        Files.move(library.resolve(MOVED), movedTo);
        Files.delete(library.resolve(REMOVED));
        Set<KnownFile> known =
                Set.copyOf(harness.reader.knownFiles(List.of(Path.of("/"))).notTaken());

        DryRunReport plan = DryRun.plan(
                List.of(library), ScanHistory.of(harness.reader), settings(null), System.currentTimeMillis());

        assertEquals(List.of(changed), plan.updates());
        assertEquals(
                List.of(new FileOutcome.Moved(movedTo, library.resolve(MOVED).toString())), plan.moves());
        assertEquals(List.of(library.resolve(REMOVED).toString()), plan.missing());
        assertEquals(sampleFiles - 3, plan.unchanged());
        assertEquals(List.of(), plan.imports());
        assertEquals(
                known,
                Set.copyOf(harness.reader.knownFiles(List.of(Path.of("/"))).notTaken()),
                "the plan changed nothing in the catalogue");
        ImportSummary done = harness.run(library, ImportListener.NONE);
        assertEquals(plan.updates().size(), done.updated());
        assertEquals(plan.moves().size(), done.moved());
        assertEquals(plan.missing().size(), done.missing());
        assertEquals(plan.unchanged(), done.unchanged());
    }

    @Test
    void listsTheMissingFilesUnderTheRootsThatThePurgeAgeWouldDelete() throws Exception {
        harness.run(library, ImportListener.NONE);
        Files.delete(library.resolve(REMOVED));
        harness.run(library, ImportListener.NONE);
        Set<KnownFile> known =
                Set.copyOf(harness.reader.knownFiles(List.of(Path.of("/"))).notTaken());
        long inTwoDays = System.currentTimeMillis() + Duration.ofDays(2).toMillis();

        DryRunReport pastTheAge = plan(library, Duration.ofDays(1), inTwoDays);
        DryRunReport withinTheAge = plan(library, Duration.ofDays(3), inTwoDays);
        DryRunReport otherFolder = plan(library.resolve("copies"), Duration.ofDays(1), inTwoDays);
        DryRunReport neverPurged = plan(library, null, inTwoDays);

        assertEquals(List.of(library.resolve(REMOVED).toString()), pastTheAge.purged());
        assertEquals(List.of(), withinTheAge.purged());
        assertEquals(List.of(), otherFolder.purged(), "a missing file under another folder is left alone");
        assertEquals(List.of(), neverPurged.purged());
        assertEquals(
                known,
                Set.copyOf(harness.reader.knownFiles(List.of(Path.of("/"))).notTaken()));
    }

    /**
     * With an age of 0 a file found missing is purged by the scan that finds it, whatever the clock does
     * between the missing mark and the purge (here it stands still), and the dry run lists it.
     */
    @Test
    void aFileFoundMissingIsPurgedAtOnceWithAnAgeOfZeroAndTheDryRunListsIt() throws Exception {
        harness.run(library, ImportListener.NONE);
        Path removed = library.resolve(REMOVED);
        Files.delete(removed);
        long now = System.currentTimeMillis();

        DryRunReport plan = plan(library, Duration.ZERO, now);
        ImportSummary done =
                harness.run(library, Duration.ZERO, Clock.fixed(Instant.ofEpochMilli(now), ZoneOffset.UTC));

        assertEquals(List.of(removed.toString()), plan.purged());
        assertEquals(1, done.missing());
        assertEquals(plan.purged().size(), done.purged());
        assertTrue(harness.reader.file(removed.toString()).isEmpty(), "its rows are deleted");
        assertEquals(
                sampleFiles - 1,
                harness.reader.knownFiles(List.of(library)).notTaken().size());
    }

    @Test
    void aMissingFilePastThePurgeAgeThatCameBackIsNotListedAsPurged() throws Exception {
        harness.run(library, ImportListener.NONE);
        Path removed = library.resolve(REMOVED);
        Path keptAside = dir.resolve("aside.flac");
        Files.move(removed, keptAside);
        harness.run(library, ImportListener.NONE);
        Files.move(keptAside, removed);

        DryRunReport plan = plan(library, Duration.ZERO, System.currentTimeMillis());
        ImportSummary done = harness.run(library, ImportListener.NONE, Duration.ZERO);

        assertEquals(0, done.purged(), "the import marks it present instead of purging it");
        assertEquals(List.of(), plan.purged());
        assertEquals(sampleFiles, plan.unchanged());
        assertEquals(plan.unchanged(), done.unchanged());
    }

    @Test
    void aFileNamedBesideTheFolderHoldingItIsPlannedOnce() throws Exception {
        List<Path> roots = List.of(library.resolve(CHANGED), library);
        DryRunReport first = DryRun.plan(roots, ScanHistory.none(), settings(null), System.currentTimeMillis());
        harness.run(library, ImportListener.NONE);

        DryRunReport again =
                DryRun.plan(roots, ScanHistory.of(harness.reader), settings(null), System.currentTimeMillis());

        assertEquals(sampleFiles, first.filesSeen());
        assertEquals(sampleFiles, Set.copyOf(first.imports()).size());
        assertEquals(sampleFiles, first.imports().size(), "no file twice");
        assertEquals(sampleFiles, again.unchanged());
        assertEquals(List.of(), again.imports());
    }

    private DryRunReport plan(Path root, Duration purgeMissingAfter, long nowMs) throws Exception {
        return DryRun.plan(List.of(root), ScanHistory.of(harness.reader), settings(purgeMissingAfter), nowMs);
    }

    private static Set<String> pairs(List<FileOutcome.Moved> moves) {
        return moves.stream()
                .map(move -> move.path() + " <- " + move.from())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static ImportSettings settings(Duration purgeMissingAfter) {
        return new ImportSettings(4, purgeMissingAfter, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS);
    }
}
