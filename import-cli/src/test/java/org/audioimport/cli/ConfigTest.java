package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Settings come from flags over environment variables over the config file over the built-in defaults. */
class ConfigTest {
    @TempDir
    Path home;

    @Test
    void configFileLivesUnderXdgConfigHomeUnlessNamedExplicitly() {
        assertEquals(
                Path.of("/cfg/audio-import/config.properties"),
                ConfigSources.configFile(Map.of("XDG_CONFIG_HOME", "/cfg"), home));
        assertEquals(home.resolve(".config/audio-import/config.properties"), ConfigSources.configFile(Map.of(), home));
        assertEquals(
                Path.of("/etc/ai.properties"),
                ConfigSources.configFile(Map.of("AUDIO_IMPORT_CONFIG", "/etc/ai.properties"), home));
    }

    @Test
    void environmentWinsOverTheFileAndSaysWhereEachValueCameFrom() throws Exception {
        ConfigSources sources = sources("workers = 3\nbusy-timeout = 7\n", Map.of("AUDIO_IMPORT_WORKERS", "5"));

        assertEquals(
                new ConfigSources.Value("5", "environment AUDIO_IMPORT_WORKERS"),
                sources.lookup("workers").orElseThrow());
        assertEquals("7", sources.lookup("busy-timeout").orElseThrow().value());
        assertTrue(sources.lookup("busy-timeout").orElseThrow().source().startsWith("config file "));
        assertTrue(sources.lookup("cron").isEmpty());
    }

    @Test
    void configCommandPrintsEffectiveValuesWithTheirSources() throws Exception {
        ConfigSources sources = sources("workers = 3\nfolders = /music:/more\n", Map.of());
        CommandLine commandLine = commandLine(sources);
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        int code = commandLine.execute("config", "--json");

        assertEquals(0, code);
        var json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString())
                .get("settings");
        assertEquals("3", json.get("workers").get("value").asText());
        assertTrue(json.get("workers").get("source").asText().startsWith("config file"));
        assertEquals("120", json.get("fingerprint-length").get("value").asText());
        assertEquals("default", json.get("fingerprint-length").get("source").asText());
        assertEquals("/music:/more", json.get("folders").get("value").asText());
    }

    @Test
    void anImportOfAFolderBelowAConfiguredFolderKeepsThatFoldersIgnoreRules() throws Exception {
        Path library = Cli.sampleCopy(home.resolve("library"));
        Files.writeString(library.resolve(".audioimportignore"), "Split Single/\n");
        Path artist = library.resolve("Other Artist");

        int configured = importedBy(sources("folders = " + library + "\n", Map.of()), artist, "configured.db");
        int unconfigured = importedBy(sources("", Map.of()), artist, "unconfigured.db");

        assertEquals(0, configured, "the library's ignore file holds below it");
        assertEquals(2, unconfigured, "a folder below no configured one is its own library folder");
    }

    private int importedBy(ConfigSources sources, Path folder, String db) throws Exception {
        CommandLine commandLine = commandLine(sources);
        StringWriter out = new StringWriter();
        commandLine.setOut(new PrintWriter(out));

        int code = commandLine.execute(
                "import", folder.toString(), "--db", home.resolve(db).toString(), "--json", "--no-progress");

        assertEquals(0, code, out.toString());
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.toString())
                .get("imported")
                .asInt();
    }

    @Test
    void aFlagWinsOverTheConfigFile() throws Exception {
        ConfigSources sources = sources("workers = 0\n", Map.of());
        Path library = Cli.sampleCopy(home.resolve("library"));
        String db = home.resolve("library.db").toString();

        CommandLine fromFile = commandLine(sources);
        fromFile.setErr(new PrintWriter(new StringWriter()));
        CommandLine withFlag = commandLine(sources);
        withFlag.setOut(new PrintWriter(new StringWriter()));

        assertEquals(
                2, fromFile.execute("import", library.toString(), "--db", db), "workers = 0 from the file is refused");
        assertEquals(0, withFlag.execute("import", library.toString(), "--db", db, "--workers", "2", "--no-progress"));
    }

    @Test
    void daemonUsageErrorsExitWithTwo() {
        ConfigSources none = sources("", Map.of());
        for (String[] args : new String[][] {
            {"daemon", "--db", home.resolve("d.db").toString()},
            {"daemon", home.toString(), "--every", "5x"},
            {"daemon", home.toString(), "--cron", "not cron"},
            {"daemon", home.toString(), "--every", "1h", "--cron", "0 3 * * *"},
            {"daemon", home.resolve("missing").toString()}
        }) {
            CommandLine commandLine = commandLine(none);
            commandLine.setErr(new PrintWriter(new StringWriter()));
            assertEquals(2, commandLine.execute(args), String.join(" ", args));
        }
    }

    @Test
    void daemonScansTheConfiguredFoldersUntilStoppedAndExitsZero() throws Exception {
        Path library = Cli.sampleCopy(home.resolve("library"));
        Path db = home.resolve("daemon.db");
        ConfigSources sources = sources("folders = " + library + "\n", Map.of());
        CommandLine commandLine = commandLine(sources);
        DaemonCommand daemon =
                (DaemonCommand) commandLine.getSubcommands().get("daemon").getCommand();

        java.util.concurrent.CompletableFuture<Integer> running = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> commandLine.execute("daemon", "--db", db.toString(), "--every", "1h", "--workers", "2"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
        while (finishedScans(db) < 1 && System.nanoTime() < deadline && !running.isDone()) {
            Thread.sleep(50);
        }
        daemon.stop();

        assertEquals(0, running.get(60, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(1, finishedScans(db));
        assertEquals(
                Cli.countAudioFiles(library),
                Cli.run("status", "--db", db.toString(), "--json")
                        .json()
                        .get("last_scan")
                        .get("imported")
                        .asLong());
    }

    @Test
    void aCommonOptionBeforeTheCommandWinsOverTheConfigFile() throws Exception {
        Path fromConfig = home.resolve("from-config.db");
        Path fromFlag = home.resolve("from-flag.db");
        CommandLine commandLine = commandLine(sources("db = " + fromConfig + "\n", Map.of()));
        commandLine.setOut(new PrintWriter(new StringWriter()));
        Path library = Cli.sampleCopy(home.resolve("library"));

        assertEquals(
                0, commandLine.execute("--db", fromFlag.toString(), "import", library.toString(), "--no-progress"));

        assertTrue(Files.exists(fromFlag), "the flag's catalogue was used");
        assertFalse(Files.exists(fromConfig), "the config file's catalogue was used");
    }

    private static long finishedScans(Path db) throws Exception {
        if (!Files.exists(db)) {
            return 0;
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement()
                        .executeQuery("select count(*) from sqlite_master where name = 'scan_run'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                return 0;
            }
        }
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                var rs = c.createStatement()
                        .executeQuery("select count(*) from scan_run where finished_at is not null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private ConfigSources sources(String file, Map<String, String> environment) {
        try {
            Path config = Files.createDirectories(home.resolve(".config/audio-import"))
                    .resolve("config.properties");
            Files.writeString(config, file);
            return ConfigSources.load(environment, home);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static CommandLine commandLine(ConfigSources sources) {
        return Main.commandLine(sources);
    }
}
