package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    @TempDir
    Path dir;

    private SampleCopy sample;

    @BeforeEach
    void copySample() throws Exception {
        sample = SampleCopy.in(dir);
    }

    @Test
    void helpAndVersionAnswerWithExitZero() {
        Cli help = Cli.run("--help");
        Cli version = Cli.run("--version");

        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("import") && help.out().contains("Exit codes"), help.out());
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("audio-import "), version.out());
    }

    @Test
    void topLevelHelpListsEveryExitCodeTheCommandsReturn() throws Exception {
        String help = Cli.run("--help").out();
        String exitCodes = help.substring(help.indexOf("Exit codes"));

        for (Field code : ExitCodes.class.getDeclaredFields()) {
            if (code.getType() == int.class && Modifier.isStatic(code.getModifiers())) {
                code.setAccessible(true);
                int value = code.getInt(null);
                assertTrue(
                        exitCodes.matches("(?s).*\\n\\s*" + value + "\\s+\\S.*"),
                        code.getName() + " (" + value + ") missing from:\n" + exitCodes);
            }
        }
    }

    @Test
    void everyCommandHasItsHelp() {
        for (String command : List.of("import", "show", "status", "failed", "duplicates", "similar", "index")) {
            Cli help = Cli.run(command, "--help");
            assertEquals(0, help.exitCode(), command);
            assertTrue(help.out().contains("Usage: audio-import " + command), help.out());
        }
    }

    @Test
    void importingTheSampleTwiceGivesImportedThenUnchangedWithOneTransactionPerFile() {
        Cli first = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");
        Cli second = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");

        assertEquals(0, first.exitCode(), first.err());
        JsonNode one = first.json();
        assertEquals(sample.files(), one.get("imported").asLong());
        assertEquals(sample.files(), one.get("files_seen").asLong());
        assertEquals(1.0, one.get("write_tx_per_imported_file").asDouble());
        Cli.assertHasKeys(
                one,
                List.of(
                        "files_seen",
                        "imported",
                        "updated",
                        "unchanged",
                        "failed",
                        "elapsed_s",
                        "write_transactions",
                        "write_tx_per_imported_file",
                        "tx_hold_ms_p50",
                        "tx_hold_ms_p99",
                        "lock_wait_ms_total",
                        "busy_retries",
                        "phases"));
        assertTrue(one.get("phases").get("decode").asDouble() > 0);
        assertEquals(0, second.exitCode(), second.err());
        assertEquals(sample.files(), second.json().get("unchanged").asLong());
        assertEquals(0, second.json().get("imported").asLong());
    }

    @Test
    void textSummaryNamesTheCounts() {
        Cli run = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--no-progress");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains(sample.files() + " imported"), run.out());
    }

    @Test
    void aFailedFileMakesExitCodeOneAndIsListedByFailed() throws Exception {
        Path bad = Files.write(
                sample.library().resolve("broken.mp3"), "not audio at all".getBytes(StandardCharsets.UTF_8));

        Cli run = Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");
        Cli failed = Cli.run("failed", "--db", sample.db(), "--json");

        assertEquals(1, run.exitCode());
        assertEquals(1, run.json().get("failed").asLong());
        assertEquals(0, failed.exitCode());
        assertEquals(1, failed.json().size());
        assertEquals(bad.toString(), failed.json().get(0).get("path").asText());
        assertTrue(failed.json().get(0).get("reason").asText().contains("not an audio file"));
        Cli show = Cli.run("show", bad.toString(), "--db", sample.db(), "--json");
        assertEquals("failed", show.json().get("status").asText());
        assertTrue(show.json().get("error").asText().contains("not an audio file"));
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(
                2,
                Cli.run("import", "--no-such-option", sample.library().toString())
                        .exitCode());
        assertEquals(
                2,
                Cli.run("import", dir.resolve("missing").toString(), "--db", sample.db())
                        .exitCode());
        assertEquals(2, Cli.run("import").exitCode());
        assertEquals(
                2,
                Cli.run("import", sample.library().toString(), "--db", sample.db(), "--workers", "0")
                        .exitCode());
        assertEquals(2, Cli.run("no-such-command").exitCode());
    }

    @Test
    void catalogueThatIsNotADatabaseExitsWithThreeAndAClearMessage() throws Exception {
        Path notDb = Files.writeString(dir.resolve("notes.db"), "plain text, not SQLite\n".repeat(50));

        Cli run = Cli.run("import", sample.library().toString(), "--db", notDb.toString());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains(notDb.toString()) && run.err().contains("SQLite"), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void catalogueFromANewerVersionExitsWithThreeAndIsNotChanged() throws Exception {
        assertEquals(
                0,
                Cli.run("import", sample.library().toString(), "--db", sample.db())
                        .exitCode());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sample.db())) {
            c.createStatement()
                    .execute("insert into flyway_schema_history (installed_rank, version, description, type, "
                            + "script, checksum, installed_by, execution_time, success) "
                            + "values (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'test', 0, 1)");
        }
        byte[] before = Files.readAllBytes(Path.of(sample.db()));

        Cli run = Cli.run("import", sample.library().toString(), "--db", sample.db());

        assertEquals(3, run.exitCode());
        assertTrue(run.err().contains("newer"), run.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(Path.of(sample.db()))));
    }

    @Test
    void showPrintsTheDocumentedJsonKeysAndReadableText() throws Exception {
        Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");
        Path file;
        try (var files = Files.walk(sample.library())) {
            file = files.filter(p -> p.toString().endsWith(".flac")).findFirst().orElseThrow();
        }

        Cli json = Cli.run("show", file.toString(), "--db", sample.db(), "--json");
        Cli text = Cli.run("show", file.toString(), "--db", sample.db());

        assertEquals(0, json.exitCode(), json.err());
        JsonNode shown = json.json();
        Cli.assertHasKeys(
                shown,
                List.of("path", "status", "format", "codec", "sample_rate", "channels", "duration_s", "tags", "error"));
        Cli.assertHasKeys(
                shown.get("tags"),
                List.of("title", "artist", "album", "album_artist", "track", "disc", "date", "genre"));
        Cli.assertHasKeys(
                shown.get("loudness"),
                List.of(
                        "integrated_lufs",
                        "lra_lu",
                        "sample_peak_dbfs",
                        "true_peak_dbtp",
                        "replaygain_track_gain_db",
                        "replaygain_album_gain_db"));
        assertEquals(1, shown.get("passages").size());
        Cli.assertHasKeys(
                shown.get("passages").get(0),
                List.of(
                        "start_s",
                        "end_s",
                        "lead_in_s",
                        "lead_out_s",
                        "fade_in_s",
                        "fade_out_s",
                        "loudness_lufs",
                        "true_peak_dbtp"));
        assertEquals(file.toString(), shown.get("path").asText());
        assertEquals("flac", shown.get("format").asText());
        assertEquals(0, text.exitCode());
        assertTrue(text.out().contains("status:") && text.out().contains("duration:"), text.out());
        assertTrue(
                text.out().contains("loudness:  integrated -")
                        && text.out().contains(" LUFS, range ")
                        && text.out().contains("passage 1:"),
                text.out());
    }

    @Test
    void showGivesTheCataloguedLevelsToThreeDecimalsAsDocumented() throws Exception {
        Cli.run("import", sample.library().toString(), "--db", sample.db());
        Path file = sample.library().resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac");

        JsonNode shown =
                Cli.run("show", file.toString(), "--db", sample.db(), "--json").json();

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + sample.db());
                var query = c.createStatement()
                        .executeQuery("select a.integrated_lufs, a.loudness_range_lu, a.sample_peak_dbfs,"
                                + " a.true_peak_dbtp, a.track_gain_db, p.integrated_lufs, p.true_peak_dbtp"
                                + " from analysis a join file f on f.id = a.file_id"
                                + " join passage p on p.file_id = f.id and p.seq = 0 where f.path = '"
                                + file + "'")) {
            assertTrue(query.next());
            JsonNode loudness = shown.get("loudness");
            JsonNode passage = shown.get("passages").get(0);
            List<JsonNode> printed = List.of(
                    loudness.get("integrated_lufs"),
                    loudness.get("lra_lu"),
                    loudness.get("sample_peak_dbfs"),
                    loudness.get("true_peak_dbtp"),
                    loudness.get("replaygain_track_gain_db"),
                    passage.get("loudness_lufs"),
                    passage.get("true_peak_dbtp"));
            for (int i = 0; i < printed.size(); i++) {
                double stored = query.getDouble(i + 1);
                assertEquals(Math.round(stored * 1000) / 1000.0, printed.get(i).asDouble(), "column " + (i + 1));
            }
        }
    }

    @Test
    void showAndDuplicatesReportTheFingerprintAndTheSameRecording() {
        Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");
        Path original = sample.library().resolve("The Fixtures/Synthetic Seasons/01 - First Frost.flac");
        Path copy = sample.library().resolve("copies/01 - First Frost.mp3");

        JsonNode shownOriginal = Cli.run("show", original.toString(), "--db", sample.db(), "--json")
                .json();
        JsonNode shownCopy =
                Cli.run("show", copy.toString(), "--db", sample.db(), "--json").json();
        Cli duplicates = Cli.run("duplicates", "--db", sample.db(), "--json");

        assertTrue(shownOriginal.get("fingerprint").get("chromaprint").asText().startsWith("AQAA"));
        assertTrue(shownOriginal.get("fingerprint").get("duration_s").asDouble() > 5);
        // The three files of the recording link to whichever of them was catalogued first.
        List<JsonNode> group = List.of(
                shownOriginal,
                shownCopy,
                Cli.run(
                                "show",
                                sample.library()
                                        .resolve("copies/01 - First Frost.m4a")
                                        .toString(),
                                "--db",
                                sample.db(),
                                "--json")
                        .json());
        List<JsonNode> firsts =
                group.stream().filter(f -> f.get("duplicate_of").isNull()).toList();
        assertEquals(1, firsts.size());
        group.stream()
                .filter(f -> !f.get("duplicate_of").isNull())
                .forEach(f -> assertEquals(
                        firsts.get(0).get("path").asText(),
                        f.get("duplicate_of").asText()));
        assertEquals(0, duplicates.exitCode());
        JsonNode files = duplicates.json().get(0).get("files");
        assertEquals(3, files.size());
        assertEquals(original.toString(), files.get(0).get("path").asText());
        assertEquals("flac", files.get(0).get("format").asText());
        assertTrue(files.get(1).has("bitrate_kbps"));
    }

    @Test
    void benchDecodeReportsEveryFormatOfTheSampleAsJson() {
        Cli bench = Cli.run("bench", "decode", sample.library().toString(), "--passes", "1", "--json");

        assertEquals(0, bench.exitCode(), bench.err());
        JsonNode formats = bench.json();
        assertEquals(7, formats.size(), formats.toString());
        for (JsonNode format : formats) {
            Cli.assertHasKeys(
                    format,
                    List.of(
                            "format",
                            "files",
                            "audio_s",
                            "decode_x_realtime",
                            "decode_fingerprint_x_realtime",
                            "decode_all_phases_x_realtime",
                            "phases_ms_per_audio_minute"));
        }
    }

    @Test
    void benchDecodeTextHasAHeaderAndARowPerFormat() {
        Cli bench =
                Cli.run("bench", "decode", sample.library().resolve("copies").toString(), "--passes", "1");

        assertEquals(0, bench.exitCode(), bench.err());
        String[] lines = bench.out().split("\n", -1);
        assertTrue(lines[0].startsWith("format ") && lines[0].contains("decode x RT"), bench.out());
        assertTrue(lines[1].startsWith("m4a ") || lines[1].startsWith("mp3 "), bench.out());
        assertEquals(4, lines.length, "a header, a row per format (m4a and mp3), an empty end: " + bench.out());
    }

    @Test
    void benchDecodeOfNothingOrWithNoPassIsAUsageError() {
        Cli missing = Cli.run("bench", "decode", dir.resolve("missing").toString());
        Cli noPass = Cli.run("bench", "decode", sample.library().toString(), "--passes", "0");

        assertEquals(ExitCodes.USAGE, missing.exitCode());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        assertEquals(ExitCodes.USAGE, noPass.exitCode());
        assertTrue(noPass.err().contains("--passes must be at least 1"), noPass.err());
    }

    @Test
    void readOnlyCommandsRefuseAMissingCatalogueInsteadOfCreatingOne() {
        Path typo = dir.resolve("librray.db");
        for (String command : List.of("status", "failed", "duplicates")) {
            Cli run = Cli.run(command, "--db", typo.toString());
            assertEquals(3, run.exitCode(), command);
            assertTrue(run.err().contains("does not exist"), run.err());
        }
        assertEquals(
                3,
                Cli.run("show", sample.library().toString(), "--db", typo.toString())
                        .exitCode());
        assertFalse(Files.exists(typo));
    }

    @Test
    void minimumSilenceDecidesWhetherAHiddenTrackIsItsOwnPassage() throws Exception {
        Path hidden = SampleLibrary.testData().resolve("analysis/hidden-track.flac");
        Path file = Files.copy(
                hidden, Files.createDirectories(dir.resolve("hidden")).resolve("hidden-track.flac"));
        String split = dir.resolve("split.db").toString();
        String whole = dir.resolve("whole.db").toString();

        assertEquals(0, Cli.run("import", file.toString(), "--db", split).exitCode());
        assertEquals(
                0,
                Cli.run("import", file.toString(), "--db", whole, "--min-silence", "20")
                        .exitCode());

        assertEquals(
                2,
                Cli.run("show", file.toString(), "--db", split, "--json")
                        .json()
                        .get("passages")
                        .size());
        assertEquals(
                1,
                Cli.run("show", file.toString(), "--db", whole, "--json")
                        .json()
                        .get("passages")
                        .size());
        assertEquals(
                2,
                Cli.run("import", file.toString(), "--db", whole, "--silence-threshold", "5")
                        .exitCode());
    }

    @Test
    void showOfAFileNotInTheCatalogueExitsWithOne() {
        Cli.run("import", sample.library().resolve("untagged").toString(), "--db", sample.db());
        Cli run = Cli.run("show", dir.resolve("nowhere.flac").toString(), "--db", sample.db());

        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("not in the catalogue"), run.err());
    }

    @Test
    void statusCountsFilesByStatusAndListsTheScans() {
        Cli.run("import", sample.library().toString(), "--db", sample.db(), "--json");

        Cli status = Cli.run("status", "--db", sample.db(), "--json");

        assertEquals(0, status.exitCode());
        JsonNode json = status.json();
        assertEquals(sample.files(), json.get("files").get("imported").asLong());
        assertEquals(1, json.get("scans").size());
        assertEquals("completed", json.get("scans").get(0).get("outcome").asText());
    }

    @Test
    void defaultCatalogueFollowsXdgDataHomeThenHome() {
        Path home = Path.of("/home/someone");

        assertEquals(
                Path.of("/data/audio-import/library.db"),
                CatalogueOption.defaultCatalogue(Map.of("XDG_DATA_HOME", "/data"), home));
        assertEquals(
                home.resolve(".local/share/audio-import/library.db"), CatalogueOption.defaultCatalogue(Map.of(), home));
    }
}
