package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.audioimport.flavor.FlavorVector;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code playlist} on a catalogue of the sample library and the analysis fixtures, imported by the real pipeline. */
class PlaylistCommandTest {
    private static final double TICKS_PER_SECOND = 28_224_000.0;

    @TempDir
    static Path dir;

    private static Path library;
    private static String db;

    @BeforeAll
    static void importFixtures() throws IOException {
        library = Cli.sampleCopy(dir.resolve("library"));
        SampleLibrary.addAnalysisFixtures(library, SampleLibrary.analysisFixtures());
        db = dir.resolve("library.db").toString();
        Cli run = Cli.run("import", library.toString(), "--db", db, "--json");
        assertEquals(0, run.exitCode(), run.err());
    }

    @Test
    void m3uStartsWithTheSeedAndAParserReadsBackEveryEntry() throws Exception {
        Path seed = track("The Fixtures/Synthetic Seasons/02 - Café in the Snow.mp3");
        Cli run = Cli.run("playlist", seed.toString(), "-n", "6", "--db", db);

        assertEquals(0, run.exitCode(), run.err());
        List<M3uEntry> entries = M3uEntry.parse(run.out());
        assertEquals(6, entries.size(), run.out());
        assertEquals(seed.toString(), entries.get(0).location());
        assertEquals("The Fixtures - Café in the Snow", entries.get(0).label());
        for (M3uEntry entry : entries) {
            Path file = Path.of(entry.location());
            assertTrue(file.isAbsolute() && Files.isRegularFile(file), entry.toString());
            assertEquals(
                    Math.round(column("file", "duration_ticks", file) / TICKS_PER_SECOND),
                    entry.seconds(),
                    entry.toString());
        }
    }

    @Test
    void m3uFileWithPathsRelativeToItsFolderResolvesToTheCataloguedFiles() throws Exception {
        Path playlistFile = library.resolve("mix.m3u8");
        Path seed = track("Other Artist/Split Single/1 - Neon Side.flac");
        Cli run = Cli.run(
                "playlist",
                seed.toString(),
                "-n",
                "5",
                "--m3u",
                playlistFile.toString(),
                "--relative-to",
                library.toString(),
                "--db",
                db);

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Wrote 5 tracks to " + playlistFile), run.out());
        List<M3uEntry> entries = M3uEntry.parse(Files.readString(playlistFile, StandardCharsets.UTF_8));
        assertEquals(
                "Other Artist/Split Single/1 - Neon Side.flac", entries.get(0).location());
        for (M3uEntry entry : entries) {
            assertFalse(Path.of(entry.location()).isAbsolute(), entry.toString());
            Path resolved = playlistFile.getParent().resolve(entry.location()).normalize();
            assertEquals(1, count("select count(*) from file where path = ?", resolved.toString()), entry.toString());
        }
    }

    @Test
    void noRecordingTwiceAndACopiedRecordingIsPlayedFromItsBestCopy() throws Exception {
        JsonNode list = json(track("The Fixtures/Synthetic Seasons/03 - April Showers.mp3"), "-n", "30");

        Set<Long> recordings = new HashSet<>();
        List<String> paths = new ArrayList<>();
        for (JsonNode entry : list) {
            String path = entry.get("path").asText();
            paths.add(path);
            assertTrue(recordings.add(recordingOf(path)), "recording twice: " + list);
        }
        Path flac = track("The Fixtures/Synthetic Seasons/01 - First Frost.flac");
        assertTrue(paths.contains(flac.toString()), "the lossless copy is the one played: " + paths);
        Cli duplicates = Cli.run("duplicates", "--db", db, "--json");
        assertEquals(
                flac.toString(),
                duplicates.json().get(0).get("files").get(0).get("path").asText(),
                "the copy `duplicates` ranks first");
        assertWalkedToItsEnd(paths, recordings);
    }

    /**
     * A small catalogue is walked to its end: every recording with a vector is played, unless the album rule
     * refuses it after the last track (the only track left shares that track's album).
     */
    private static void assertWalkedToItsEnd(List<String> played, Set<Long> recordings) throws SQLException {
        Long lastAlbum = albumOf(played.get(played.size() - 1));
        List<String> left = new ArrayList<>();
        for (String path : recordingPaths()) {
            if (!recordings.contains(recordingOf(path))) {
                left.add(path);
                assertEquals(lastAlbum, albumOf(path), "left out for another reason than the album rule: " + path);
            }
        }
        assertTrue(left.size() <= 1, "recordings left out: " + left);
        assertEquals(recordingCount(), played.size() + left.size());
    }

    private static List<String> recordingPaths() throws SQLException {
        List<String> paths = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                ResultSet r = c.createStatement()
                        .executeQuery("select f.path from file f join flavor v on v.file_id = f.id "
                                + "where f.duplicate_of is null and v.vector is not null")) {
            while (r.next()) {
                paths.add(r.getString(1));
            }
        }
        return paths;
    }

    @Test
    void eachNextTrackIsTheAllowedOneNearestToThePreviousTrackAndTheSeedAlike() throws Exception {
        Path seed = track("The Fixtures/Synthetic Seasons/03 - April Showers.mp3");
        JsonNode list = json(seed, "-n", "8", "--max-artist-share", "1");
        Map<String, float[]> vectors = flavorVectors();
        float[] seedVector = vectors.get(seed.toString());
        // A recording is played from its best copy, the one `duplicates` ranks first: the others are no candidates.
        for (JsonNode group : Cli.run("duplicates", "--db", db, "--json").json()) {
            for (int copy = 1; copy < group.get("files").size(); copy++) {
                vectors.remove(group.get("files").get(copy).get("path").asText());
            }
        }

        Set<Long> played = new HashSet<>(Set.of(recordingOf(seed.toString())));
        for (int i = 1; i < list.size(); i++) {
            String previous = list.get(i - 1).get("path").asText();
            String chosen = list.get(i).get("path").asText();
            double toPrevious = cosineDistance(vectors.get(previous), vectors.get(chosen));
            double toSeed = cosineDistance(seedVector, vectors.get(chosen));
            assertEquals(toPrevious, list.get(i).get("distance_to_previous").asDouble(), 1e-6, chosen);
            assertEquals(toSeed, list.get(i).get("distance_to_seed").asDouble(), 1e-6, chosen);
            Long previousAlbum = albumOf(previous);
            for (Map.Entry<String, float[]> other : vectors.entrySet()) {
                Long album = albumOf(other.getKey());
                if (played.contains(recordingOf(other.getKey())) || (album != null && album.equals(previousAlbum))) {
                    continue;
                }
                double score = (cosineDistance(vectors.get(previous), other.getValue())
                                + cosineDistance(seedVector, other.getValue()))
                        / 2;
                assertTrue(
                        score >= (toPrevious + toSeed) / 2 - 1e-9,
                        other.getKey() + " is nearer to " + previous + " and the seed than " + chosen);
            }
            played.add(recordingOf(chosen));
        }
        assertEquals(8, list.size(), list.toString());
    }

    /** The current flavor vectors of the present, imported files, by path, read from the catalogue. */
    private static Map<String, float[]> flavorVectors() throws SQLException {
        Map<String, float[]> vectors = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement q = c.prepareStatement("select f.path, v.vector from flavor v join file f on f.id = "
                        + "v.file_id where v.version = ? and v.vector is not null and f.status = 'imported' "
                        + "and f.missing_since is null")) {
            q.setInt(1, FlavorVector.VERSION);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    FloatBuffer floats = ByteBuffer.wrap(r.getBytes(2))
                            .order(ByteOrder.LITTLE_ENDIAN)
                            .asFloatBuffer();
                    float[] vector = new float[floats.remaining()];
                    floats.get(vector);
                    vectors.put(r.getString(1), vector);
                }
            }
        }
        return vectors;
    }

    private static double cosineDistance(float[] a, float[] b) {
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            normA += (double) a[i] * a[i];
            normB += (double) b[i] * b[i];
        }
        return Math.max(0, 1 - dot / Math.sqrt(normA * normB));
    }

    @Test
    void noAlbumTwiceInARow() throws Exception {
        JsonNode list = json(track("The Fixtures/Synthetic Seasons/04 - Long Light.ogg"), "-n", "30");

        Long previous = null;
        int fromTheAlbum = 0;
        for (JsonNode entry : list) {
            Long album = albumOf(entry.get("path").asText());
            assertTrue(album == null || !album.equals(previous), "same album twice in a row: " + list);
            fromTheAlbum += album != null
                            && album.equals(albumOf(list.get(0).get("path").asText()))
                    ? 1
                    : 0;
            previous = album;
        }
        assertTrue(fromTheAlbum >= 4, "the walk comes back to the seed's album between other tracks: " + list);
    }

    @Test
    void noArtistBeyondItsShare() {
        JsonNode list = json(
                track("The Fixtures/Synthetic Seasons/05 - Heat Haze.opus"), "-n", "10", "--max-artist-share", "0.2");

        Map<String, Integer> byArtist = new HashMap<>();
        for (JsonNode entry : list) {
            if (!entry.get("artist").isNull()) {
                byArtist.merge(entry.get("artist").asText(), 1, Integer::sum);
            }
        }
        assertEquals(2, byArtist.get("The Fixtures"), list.toString());
        assertTrue(byArtist.values().stream().allMatch(n -> n <= 2), byArtist.toString());
    }

    @Test
    void theSameCatalogueAndOptionsGiveTheSamePlaylistAndARandomSeedVariesIt() {
        String seed =
                track("The Fixtures/Synthetic Seasons/06 - Harvest Moon.m4a").toString();
        Cli first = Cli.run("playlist", seed, "-n", "12", "--json", "--db", db);
        Cli again = Cli.run("playlist", seed, "-n", "12", "--json", "--db", db);
        assertEquals(0, first.exitCode(), first.err());
        assertEquals(first.out(), again.out());

        Cli seeded = Cli.run("playlist", seed, "-n", "12", "--seed-random", "7", "--json", "--db", db);
        assertEquals(
                seeded.out(),
                Cli.run("playlist", seed, "-n", "12", "--seed-random", "7", "--json", "--db", db)
                        .out());
        List<String> orders = new ArrayList<>();
        for (int randomSeed = 1; randomSeed <= 5; randomSeed++) {
            orders.add(Cli.run(
                            "playlist",
                            seed,
                            "-n",
                            "12",
                            "--seed-random",
                            String.valueOf(randomSeed),
                            "--json",
                            "--db",
                            db)
                    .out());
        }
        assertTrue(orders.stream().anyMatch(order -> !order.equals(first.out())), "some random seed changes the order");
    }

    @Test
    void crossfadePointsAreTheAnalysisRowsAndTheOverlapCoversAFade() throws Exception {
        Path fades = track("analysis/fades.flac");
        JsonNode list = json(fades, "-n", "8");

        for (JsonNode entry : list) {
            Path path = Path.of(entry.get("path").asText());
            assertSeconds(column("analysis", "lead_in_ticks", path), entry.get("start_s"));
            assertSeconds(column("analysis", "lead_out_ticks", path), entry.get("end_s"));
            assertSeconds(column("analysis", "fade_in_end_ticks", path), entry.get("fade_in_end_s"));
            assertSeconds(column("analysis", "fade_out_start_ticks", path), entry.get("fade_out_start_s"));
        }
        JsonNode first = list.get(0);
        assertFalse(first.get("fade_out_start_s").isNull(), "the fixture fades out: " + first);
        double fadeOut =
                first.get("end_s").asDouble() - first.get("fade_out_start_s").asDouble();
        assertTrue(first.get("crossfade_s").asDouble() >= Math.min(fadeOut, 12) - 1e-3, first.toString());
        assertTrue(
                first.get("distance_to_previous").isNull()
                        && first.get("distance_to_seed").asDouble() == 0,
                first.toString());
        assertTrue(list.get(1).get("distance_to_previous").asDouble() > 0, list.toString());
        assertNull(nullIfJsonNull(list.get(list.size() - 1).get("crossfade_s")), "nothing follows the last track");
    }

    @Test
    void aSeedNotInTheCatalogueOrWithoutAFlavorVectorIsNamedAndExitsWithOne() {
        Path elsewhere = dir.resolve("elsewhere.flac");
        Cli unknown = Cli.run("playlist", track("untagged/track 17.flac").toString(), elsewhere.toString(), "--db", db);
        assertEquals(1, unknown.exitCode());
        assertTrue(unknown.err().contains(elsewhere + ": not in the catalogue"), unknown.err());

        Path silence = track("analysis/silence.flac");
        Cli silent = Cli.run("playlist", silence.toString(), "--db", db);
        assertEquals(1, silent.exitCode());
        assertTrue(silent.err().contains(silence + ": it has no flavor vector"), silent.err());

        assertEquals(
                2,
                Cli.run("playlist", silence.toString(), "-n", "0", "--db", db).exitCode());
        assertEquals(
                2,
                Cli.run("playlist", silence.toString(), "--max-artist-share", "1.5", "--db", db)
                        .exitCode());
    }

    @Test
    void aTinyCatalogueGivesAShortPlaylist() throws Exception {
        Path tiny = Files.createDirectories(dir.resolve("tiny"));
        Files.copy(library.resolve("Other Artist/Split Single/1 - Neon Side.flac"), tiny.resolve("neon.flac"));
        Files.copy(library.resolve("Other Artist/Split Single/2 - Chrome Side.mp3"), tiny.resolve("chrome.mp3"));
        String tinyDb = dir.resolve("tiny.db").toString();
        assertEquals(0, Cli.run("import", tiny.toString(), "--db", tinyDb).exitCode());

        Cli run = Cli.run("playlist", tiny.resolve("neon.flac").toString(), "--db", tinyDb, "--json");

        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1, run.json().size(), "the other track is on the same album: " + run.out());
    }

    private static JsonNode json(Path seed, String... options) {
        List<String> args = new ArrayList<>(List.of("playlist", seed.toString(), "--json", "--db", db));
        args.addAll(List.of(options));
        Cli run = Cli.run(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return run.json();
    }

    private static Path track(String relative) {
        return library.resolve(relative).toAbsolutePath().normalize();
    }

    private static void assertSeconds(Long ticks, JsonNode seconds) {
        if (ticks == null) {
            assertTrue(seconds.isNull(), "no analysis value, yet " + seconds);
        } else {
            assertEquals(ticks / TICKS_PER_SECOND, seconds.asDouble(), 0.0);
        }
    }

    private static Double nullIfJsonNull(JsonNode node) {
        return node.isNull() ? null : node.asDouble();
    }

    private static long recordingOf(String path) throws SQLException {
        Long original = column("file", "duplicate_of", Path.of(path));
        return original != null ? original : column("file", "id", Path.of(path));
    }

    private static Long albumOf(String path) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement q = c.prepareStatement(
                        "select t.album_id from track t join file f on f.id = t.file_id where f.path = ?")) {
            q.setString(1, path);
            try (ResultSet r = q.executeQuery()) {
                return r.next() ? nullableLong(r) : null;
            }
        }
    }

    /** The live recordings with a flavor vector: each file that is no copy of another and has a vector. */
    private static long recordingCount() throws SQLException {
        return count("select count(*) from file f join flavor v on v.file_id = f.id "
                + "where f.duplicate_of is null and v.vector is not null");
    }

    /** One column of the row of {@code table} that belongs to the file at {@code path}; null when NULL. */
    private static Long column(String table, String column, Path path) throws SQLException {
        String key = "file".equals(table) ? "id" : "file_id";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement q = c.prepareStatement("select t." + column + " from " + table + " t where t." + key
                        + " = (select id from file where path = ?)")) {
            q.setString(1, path.toString());
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "no " + table + " row for " + path);
                return nullableLong(r);
            }
        }
    }

    private static Long nullableLong(ResultSet r) throws SQLException {
        long value = r.getLong(1);
        return r.wasNull() ? null : value;
    }

    private static long count(String sql, String... parameters) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setString(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
