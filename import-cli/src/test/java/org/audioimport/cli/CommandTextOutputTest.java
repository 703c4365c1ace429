package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.audioimport.testing.Wav;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The text the reading commands print (what a user reads without {@code --json}), on a catalogue of the sample
 * library with one file that is not audio, and on an empty one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandTextOutputTest {
    private Path dir;
    private Path library;
    private Path broken;
    private String db;
    private String emptyDb;

    @BeforeAll
    void importTheSampleAndNothing() throws Exception {
        dir = Files.createTempDirectory("command-text");
        library = Cli.sampleCopy(dir.resolve("library"));
        broken = Files.writeString(library.resolve("broken.flac"), "not audio at all");
        db = dir.resolve("library.db").toString();
        Cli imported = Cli.run("import", library.toString(), "--db", db, "--no-progress");
        assertEquals(ExitCodes.SOME_FAILED, imported.exitCode(), imported.err());
        emptyDb = dir.resolve("empty.db").toString();
        Cli empty = Cli.run(
                "import", Files.createDirectories(dir.resolve("nothing")).toString(), "--db", emptyDb, "--no-progress");
        assertEquals(0, empty.exitCode(), empty.err());
    }

    @Test
    void statusNamesTheCatalogueTheCountsAndEachScan() throws Exception {
        Cli status = Cli.run("status", "--db", db);

        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().startsWith("Catalogue " + db + "\n"), status.out());
        assertTrue(status.out().contains("\nFiles: "), status.out());
        assertTrue(status.out().contains(" 1 failed"), status.out());
        assertTrue(!status.out().contains("{"), "counts as words, not a map: " + status.out());
        assertTrue(status.out().contains("Artists "), status.out());
        assertTrue(status.out().contains(", completed: " + Cli.countAudioFiles(library) + " seen, "), status.out());
    }

    @Test
    void statusOfNoScansHasANullLastScanAndAnEmptyListAndSaysNoFiles() {
        Cli json = Cli.run("status", "--db", db, "--scans", "0", "--json");
        Cli text = Cli.run("status", "--db", emptyDb, "--scans", "-1");

        assertEquals(0, json.exitCode(), json.err());
        assertTrue(json.json().get("last_scan").isNull());
        assertEquals(0, json.json().get("scans").size());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Files: none"), text.out());
        assertTrue(!text.out().contains("Scan "), "--scans -1 lists none: " + text.out());
    }

    @Test
    void failedListsEachPathWithItsReason() {
        Cli failed = Cli.run("failed", "--db", db);

        assertEquals(0, failed.exitCode(), failed.err());
        assertTrue(failed.out().startsWith(broken + ": not an audio file"), failed.out());
    }

    @Test
    void anEmptyCatalogueSaysThereIsNothingToList() {
        assertEquals("No failed files.\n", Cli.run("failed", "--db", emptyDb).out());
        assertEquals(
                "No warnings.\n",
                Cli.run("failed", "--warnings", "--db", emptyDb).out());
        assertEquals("No duplicates.\n", Cli.run("duplicates", "--db", emptyDb).out());
    }

    @Test
    void duplicatesListsEachGroupUnderItsHeadingWithFormatAndPath() {
        Cli json = Cli.run("duplicates", "--db", db, "--json");
        Cli text = Cli.run("duplicates", "--db", db);

        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().startsWith("Same recording:\n"), text.out());
        JsonNode first = json.json().get(0).get("files").get(0);
        assertTrue(
                text.out().contains(first.get("format").asText())
                        && text.out().contains(first.get("path").asText()),
                text.out());
    }

    @Test
    void showOfAFailedFileGivesItsError() {
        Cli show = Cli.run("show", broken.toString(), "--db", db);

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("  error:     not an audio file"), show.out());
    }

    @Test
    void showOfAFileTooShortToMeasureSaysNotApplicableWithoutAUnit() throws Exception {
        // 50 ms of a 1 kHz tone at half scale: a sample peak, but no 400 ms block for the loudness.
        short[] blip = new short[2_205];
        for (int i = 0; i < blip.length; i++) {
            blip[i] = (short) Math.round(16_384 * Math.sin(2 * Math.PI * 1_000 * i / 44_100.0));
        }
        Path shortLibrary = Files.createDirectories(dir.resolve("short"));
        Path file = Wav.write(shortLibrary.resolve("blip.wav"), blip);
        String shortDb = dir.resolve("short.db").toString();
        Cli.run("import", shortLibrary.toString(), "--db", shortDb, "--no-progress");

        Cli show = Cli.run("show", file.toString(), "--db", shortDb);

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("  loudness:  integrated n/a, range n/a, sample peak -6.02 dBFS,"), show.out());
        assertTrue(show.out().contains("  replaygain: track n/a, album n/a\n"), show.out());
        assertTrue(!show.out().contains("n/a LU") && !show.out().contains("n/a dB"), show.out());
    }

    @Test
    void showOfACopyNamesTheFileItDuplicates() {
        String copy = null;
        String duplicateOf = null;
        for (JsonNode file :
                Cli.run("duplicates", "--db", db, "--json").json().get(0).get("files")) {
            JsonNode shown = Cli.run("show", file.get("path").asText(), "--db", db, "--json")
                    .json();
            if (shown.get("duplicate_of").isTextual()) {
                copy = shown.get("path").asText();
                duplicateOf = shown.get("duplicate_of").asText();
            }
        }
        assertNotNull(copy, "a file of the group names the one it duplicates");

        Cli show = Cli.run("show", copy, "--db", db);

        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("  duplicate of: " + duplicateOf), show.out());
    }

    @Test
    void theDryRunListsEveryKindOfChangeOnALineOfItsOwn() throws Exception {
        Path other = Cli.sampleCopy(dir.resolve("dry-run-library"));
        String otherDb = dir.resolve("dry-run.db").toString();
        assertEquals(
                0,
                Cli.run("import", other.toString(), "--db", otherDb, "--no-progress")
                        .exitCode());
        Path moved = other.resolve("untagged/track 17.flac");
        Path movedTo = other.resolve("untagged/renamed.flac");
        Files.move(moved, movedTo);
        Path gone = other.resolve("copies/01 - First Frost.mp3");
        Files.delete(gone);
        Path notAudio = Files.writeString(other.resolve("notes.flac"), "not audio at all");
        Path changed = other.resolve("Other Artist/Split Single/1 - Neon Side.flac");
        Files.writeString(changed, "x", StandardOpenOption.APPEND);

        Cli dryRun = Cli.run("import", other.toString(), "--db", otherDb, "--dry-run");

        assertEquals(0, dryRun.exitCode(), dryRun.err());
        String out = dryRun.out();
        assertTrue(out.startsWith("Dry run, nothing written: "), out);
        assertTrue(out.contains("\n  update:  " + changed + "\n"), out);
        assertTrue(out.contains("\n  move:    " + movedTo + " (from " + moved + ")\n"), out);
        assertTrue(out.contains("\n  missing: " + gone + "\n"), out);
        assertTrue(out.contains("\n  fail:    " + notAudio + ": not an audio file"), out);
    }

    @Test
    void aPlaylistFileThatCannotBeWrittenExitsWithOneAndSaysWhy() {
        Path seed = library.resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac");
        Path nowhere = dir.resolve("no-such-folder/list.m3u8");

        Cli playlist = Cli.run("playlist", seed.toString(), "--db", db, "--m3u", nowhere.toString());

        assertEquals(ExitCodes.SOME_FAILED, playlist.exitCode(), playlist.out());
        assertTrue(playlist.err().contains(nowhere + ": cannot write the playlist"), playlist.err());
    }
}
