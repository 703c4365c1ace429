package org.audioimport.similar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import org.audioimport.fingerprint.Chromaprint;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.index.BatchProgress;
import org.audioimport.index.Metric;
import org.audioimport.index.VectorIndex;
import org.audioimport.pipeline.ComputeTurns;
import org.audioimport.pipeline.ImportListener;
import org.audioimport.pipeline.ImportPipeline;
import org.audioimport.pipeline.ImportSettings;
import org.audioimport.pipeline.ImportSummary;
import org.audioimport.pipeline.PhaseSettings;
import org.audioimport.scanning.PathText;
import org.audioimport.scanning.WalkSettings;
import org.audioimport.store.BusyRetry;
import org.audioimport.store.Catalogue;
import org.audioimport.store.CatalogueReader;
import org.audioimport.store.CatalogueWriter;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Sounds like this": the index beside a real catalogue of the sample, kept honest against SQLite. */
class SimilarityIndexTest {
    private static final String ORIGINAL = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";
    private static final String MP3_COPY = "copies/01 - First Frost.mp3";
    private static final String AAC_COPY = "copies/01 - First Frost.m4a";

    @TempDir
    Path dir;

    private Path library;
    private Catalogue catalogue;
    private CatalogueReader reader;
    private Path indexFile;
    private Chromaprint chromaprint;

    @BeforeEach
    void importSample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        catalogue = Catalogue.open(dir.resolve("library.db"));
        reader = new CatalogueReader(catalogue);
        indexFile = SimilarityIndex.fileFor(catalogue.file());
        chromaprint = Chromaprint.load();
        assertEquals(0, importFolder(library).failed());
    }

    @Test
    void transcodedCopiesAreTheNearestTracksAndMarkedDuplicates() throws Exception {
        List<SimilarTrack> similar = open().similar(path(ORIGINAL), 4);

        assertEquals(4, similar.size());
        assertEquals(
                List.of(path(MP3_COPY), path(AAC_COPY)).stream().sorted().toList(),
                similar.subList(0, 2).stream().map(SimilarTrack::path).sorted().toList());
        assertTrue(similar.get(0).duplicate() && similar.get(1).duplicate());
        assertFalse(similar.get(2).duplicate() || similar.get(3).duplicate());
        assertTrue(
                similar.get(1).distance() * 100 < similar.get(2).distance(),
                "copies are far nearer than any other track: " + similar);
        assertTrue(similar.stream().noneMatch(t -> t.path().equals(path(ORIGINAL))), "the query itself is left out");
    }

    @Test
    void answersAreSortedAndNeverLongerThanAskedOrThanTheCatalogue() throws Exception {
        SimilarityIndex index = open();
        List<SimilarTrack> all = index.similar(path(ORIGINAL), 100);

        assertEquals(SampleLibrary.expected().size() - 1, all.size());
        for (int i = 1; i < all.size(); i++) {
            assertTrue(all.get(i - 1).distance() <= all.get(i).distance());
        }
        assertEquals(1, index.similar(path(ORIGINAL), 1).size());
    }

    @Test
    void filesNotCataloguedFailedOrWithoutAVectorAreRefusedWithTheirReason() throws Exception {
        Path bad = library.resolve("untagged/not audio.mp3");
        Files.writeString(bad, "plain text");
        importFolder(library);
        SimilarityIndex index = open();

        assertTrue(assertThrows(SimilarityException.class, () -> index.similar("/nowhere/x.flac", 5))
                .getMessage()
                .contains("not in the catalogue"));
        assertTrue(assertThrows(SimilarityException.class, () -> index.similar(bad.toString(), 5))
                .getMessage()
                .contains("failed to import"));
        Path silence =
                Files.copy(SampleLibrary.testData().resolve("analysis/silence.flac"), library.resolve("silence.flac"));
        importFolder(library);
        assertTrue(assertThrows(SimilarityException.class, () -> open().similar(silence.toString(), 5))
                .getMessage()
                .contains("the audio is silent"));
    }

    @Test
    void aLaterImportAddsOnlyItsNewVectorsAndGoneFilesDropOutOfAnswers() throws Exception {
        Path more = Files.createDirectories(dir.resolve("more"));
        Files.copy(library.resolve(ORIGINAL), more.resolve("first frost again.flac"));

        ImportSummary second = importFolder(more);

        assertEquals(1, second.indexed().vectors());
        Files.delete(library.resolve(MP3_COPY));
        importFolder(library);
        List<SimilarTrack> similar = open().similar(path(ORIGINAL), 3);
        assertTrue(similar.stream().noneMatch(t -> t.path().equals(path(MP3_COPY))), "a missing file is not an answer");
        assertEquals(
                more.resolve("first frost again.flac").toString(),
                similar.get(0).path());
    }

    @Test
    void aChangedFileLeavesAStaleVectorThatIsNeverAnAnswer() throws Exception {
        Files.copy(
                SampleLibrary.sample().resolve("untagged/track 17.flac"),
                library.resolve("Other Artist/Split Single/1 - Neon Side.flac"),
                StandardCopyOption.REPLACE_EXISTING);
        Files.copy(
                SampleLibrary.sample().resolve(ORIGINAL),
                library.resolve("untagged/track 17.flac"),
                StandardCopyOption.REPLACE_EXISTING);

        importFolder(library);

        IndexHealth health = SimilarityIndex.verify(reader, indexFile);
        assertTrue(health.isSound(), health.problems()::toString);
        assertEquals(2, health.stale(), "two files changed: their old vectors stay in the graph");
        assertEquals(0, health.pending());
        List<SimilarTrack> similar = open().similar(path(ORIGINAL), 20);
        assertEquals(
                SampleLibrary.expected().size() - 1, similar.size(), "each file answers once, with its new vector");
        assertEquals(path("untagged/track 17.flac"), similar.get(0).path());
    }

    @Test
    void aMissingIndexFileIsBuiltFromTheCatalogue() throws Exception {
        Files.delete(indexFile);

        SimilarityIndex index = open();

        assertEquals("created", index.openedHow());
        assertEquals(SampleLibrary.expected().size(), index.size());
        assertTrue(Files.exists(indexFile));
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
    }

    @Test
    void aTruncatedOrCorruptedIndexFileIsRebuiltAutomatically() throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(indexFile.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        assertFalse(SimilarityIndex.verify(reader, indexFile).isSound());

        SimilarityIndex truncated = open();
        assertTrue(truncated.openedHow().startsWith("rebuilt: "), truncated.openedHow());
        assertEquals(SampleLibrary.expected().size(), truncated.size());

        try (RandomAccessFile file = new RandomAccessFile(indexFile.toFile(), "rw")) {
            file.seek(file.length() / 2);
            int b = file.read();
            file.seek(file.length() / 2);
            file.write(b ^ 0x40);
        }
        SimilarityIndex corrupted = open();
        assertTrue(corrupted.openedHow().startsWith("rebuilt: "), corrupted.openedHow());
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
        assertTrue(corrupted.similar(path(ORIGINAL), 2).stream().allMatch(SimilarTrack::duplicate));
    }

    @Test
    void anIndexOfAnotherCatalogueIsNotTrusted() throws Exception {
        Catalogue other = Catalogue.open(dir.resolve("other.db"));
        CatalogueReader otherReader = new CatalogueReader(other);
        Path otherIndex = SimilarityIndex.fileFor(other.file());
        Files.copy(indexFile, otherIndex);

        IndexHealth health = SimilarityIndex.verify(otherReader, otherIndex);
        assertFalse(health.isSound());
        assertTrue(health.problems().get(0).contains("another catalogue"), health.problems()::toString);
        SimilarityIndex reopened = SimilarityIndex.open(otherReader, otherIndex);
        assertTrue(reopened.openedHow().startsWith("rebuilt: "));
        assertEquals(0, reopened.size());
    }

    @Test
    void rebuildOnDemandGivesTheSameAnswers() throws Exception {
        List<SimilarTrack> before = open().similar(path(AAC_COPY), 5);

        SimilarityIndex rebuilt = SimilarityIndex.rebuild(reader, indexFile);

        assertEquals("rebuilt", rebuilt.openedHow());
        assertEquals(
                before.stream().map(SimilarTrack::path).toList(),
                rebuilt.similar(path(AAC_COPY), 5).stream()
                        .map(SimilarTrack::path)
                        .toList());
    }

    @Test
    void aCancelledCatchUpKeepsWhatWentInAndTheRestFollowsNextTime() throws Exception {
        Files.delete(indexFile);
        SimilarityIndex index = SimilarityIndex.open(reader, indexFile);

        // Cancels at the first tenth; how many went in by then depends on the threads, and either way
        // nothing may be lost or indexed twice.
        CatchUp cancelled = index.catchUp((done, total) -> done == 0);

        CatchUp rest = SimilarityIndex.open(reader, indexFile).catchUp(BatchProgress.none());
        assertEquals(SampleLibrary.expected().size(), cancelled.inserted() + rest.inserted());
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
    }

    @Test
    void qualityCountsTheCopiesFoundAndComparesAlbumPrecisionWithChance() throws Exception {
        FlavorQuality quality = FlavorQuality.measure(open(), reader, 5);

        assertEquals(3, quality.copies(), "First Frost and its two transcodes");
        assertEquals(3, quality.copiesNearest(), "each copy's nearest track is another copy");
        // Every tagged track has another of its album; per track, chance is (album mates) / (other
        // tracks), copies of itself left out of both: Split Single 2 x 1/12, First Frost's 3 copies
        // 3 x 7/10, the other 7 tracks of Synthetic Seasons 7 x 9/12.
        assertEquals(12, quality.queries());
        assertEquals((2.0 / 12 + 3 * 0.7 + 7 * 0.75) / 12, quality.randomPrecision(), 1e-9);
        assertTrue(quality.albumPrecision() >= 0 && quality.albumPrecision() <= 1);
    }

    @Test
    void damagedVectorRowsAreLeftOutWithoutForcingARebuildEachTime() throws Exception {
        sql("update flavor set vector = zeroblob(" + 4 * FlavorVector.DIMENSION + ") where file_id = "
                + fileId(MP3_COPY));
        sql("update flavor set vector = x'0102030405' where file_id = " + fileId(AAC_COPY));
        Files.delete(indexFile);

        assertEquals(SampleLibrary.expected().size() - 2, open().size());
        SimilarityIndex reopened = open();
        assertEquals("loaded", reopened.openedHow());
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
        assertTrue(assertThrows(SimilarityException.class, () -> reopened.similar(path(MP3_COPY), 3))
                .getMessage()
                .contains("cannot be searched"));
        assertTrue(assertThrows(SimilarityException.class, () -> reopened.similar(path(AAC_COPY), 3))
                .getMessage()
                .contains("damaged"));
    }

    @Test
    void anIndexLackingOneOfTheCataloguesVectorsIsRebuilt() throws Exception {
        // Another catalogue's index: its row 1 has no vector (a silent file), its row 2 has one. Here rows
        // 1 and 2 both have vectors, so up to its mark it lacks row 1.
        Path otherLibrary = Files.createDirectories(dir.resolve("other"));
        Catalogue other = Catalogue.open(dir.resolve("other.db"));
        Files.copy(SampleLibrary.testData().resolve("analysis/silence.flac"), otherLibrary.resolve("silence.flac"));
        importFolder(other, otherLibrary);
        Files.copy(library.resolve(ORIGINAL), otherLibrary.resolve("song.flac"));
        importFolder(other, otherLibrary);
        Files.copy(SimilarityIndex.fileFor(other.file()), indexFile, StandardCopyOption.REPLACE_EXISTING);

        SimilarityIndex index = open();

        assertTrue(index.openedHow().contains("lacks 1"), index.openedHow());
        assertTrue(SimilarityIndex.verify(reader, indexFile).isSound());
    }

    @Test
    void deletingTheNewestRowsDoesNotMakeTheIndexLookForeign() throws Exception {
        Files.delete(library.resolve(MP3_COPY));
        Files.delete(library.resolve(AAC_COPY));
        try (CatalogueWriter writer = CatalogueWriter.open(catalogue, BusyRetry.DEFAULT_GIVE_UP_AFTER)) {
            importFolder(library);
            writer.purgeMissing(
                    List.of(PathText.of(library.resolve(MP3_COPY)), PathText.of(library.resolve(AAC_COPY))),
                    Long.MAX_VALUE);
        }

        assertEquals("loaded", open().openedHow());
    }

    @Test
    void anIndexWhoseVectorDiffersFromTheCataloguesIsRebuilt() throws Exception {
        sql("update flavor set vector = (select vector from flavor where file_id = " + fileId(ORIGINAL) + ")"
                + " where id = (select min(id) from flavor)");
        sql("update flavor set vector = (select vector from flavor where file_id = " + fileId("untagged/track 17.flac")
                + ")" + " where file_id = " + fileId(ORIGINAL));

        SimilarityIndex index = open();

        assertTrue(index.openedHow().contains("differs from the catalogue"), index.openedHow());
    }

    @Test
    void anIndexOfOtherVectorsIsRebuilt() throws Exception {
        VectorIndex.builder(8, Metric.COSINE, 16).build().save(indexFile, 0);

        SimilarityIndex index = open();

        assertTrue(index.openedHow().contains("8-value"), index.openedHow());
        assertEquals(SampleLibrary.expected().size(), index.size());
    }

    @Test
    void vectorsOfTheOldestComparableVersionAnswerBesideTheCurrentOnes() throws Exception {
        sql("update flavor set version = " + FlavorVector.OLDEST_COMPARABLE + " where file_id = " + fileId(MP3_COPY));
        SimilarityIndex index = open();

        assertEquals(SampleLibrary.expected().size(), index.size());
        assertTrue(
                index.similar(path(ORIGINAL), 2).stream().anyMatch(t -> t.path().equals(path(MP3_COPY))),
                "the older vector is a neighbour");
        assertTrue(
                index.similar(path(MP3_COPY), 2).stream().anyMatch(t -> t.path().equals(path(ORIGINAL))),
                "and a query");
    }

    @Test
    void aFileWithAnOlderOrNoFlavorAsksForAnImport() throws Exception {
        sql("update flavor set version = " + (FlavorVector.OLDEST_COMPARABLE - 1) + " where file_id = "
                + fileId(MP3_COPY));
        sql("delete from flavor where file_id = " + fileId(AAC_COPY));
        SimilarityIndex index = open();

        assertTrue(assertThrows(SimilarityException.class, () -> index.similar(path(MP3_COPY), 3))
                .getMessage()
                .contains("computed by version " + (FlavorVector.OLDEST_COMPARABLE - 1)));
        assertTrue(assertThrows(SimilarityException.class, () -> index.similar(path(AAC_COPY), 3))
                .getMessage()
                .contains("import it again"));
    }

    @Test
    void anIndexThatCannotBeWrittenCostsTheImportNothing() throws Exception {
        Files.delete(indexFile);
        Files.createDirectories(indexFile);
        Files.copy(library.resolve(ORIGINAL), library.resolve("again.flac"));

        ImportSummary run = importFolder(library);

        assertEquals(1, run.imported());
        assertEquals(0, run.failed());
        assertEquals(0, run.indexed().vectors());
    }

    private SimilarityIndex open() throws Exception {
        SimilarityIndex index = SimilarityIndex.open(reader, indexFile);
        index.catchUp(BatchProgress.none());
        return index;
    }

    private void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + catalogue.file());
                Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private String fileId(String relative) {
        return "(select id from file where path = '" + path(relative).replace("'", "''") + "')";
    }

    private String path(String relative) {
        return library.resolve(relative).toString();
    }

    private ImportSummary importFolder(Path folder) throws Exception {
        return importFolder(catalogue, folder);
    }

    private ImportSummary importFolder(Catalogue into, Path folder) throws Exception {
        try (CatalogueWriter writer = CatalogueWriter.open(into, BusyRetry.DEFAULT_GIVE_UP_AFTER)) {
            ImportSettings settings = new ImportSettings(2, null, WalkSettings.DEFAULT, PhaseSettings.DEFAULTS);
            return new ImportPipeline(
                            new CatalogueReader(into),
                            writer,
                            new ComputeTurns(settings.cpuWorkers()),
                            chromaprint,
                            settings,
                            Clock.systemUTC())
                    .run(List.of(folder), ImportListener.NONE);
        }
    }
}
