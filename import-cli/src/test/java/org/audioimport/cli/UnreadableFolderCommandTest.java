package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the importing user cannot read (a share mounted with the wrong rights, a folder another user
 * locked) says nothing of its files: they are kept as they were, even with {@code --purge-missing-after 0},
 * the folder is reported (exit 1), and once it can be read again they are unchanged. Run as {@code nobody},
 * whom permissions stop.
 */
class UnreadableFolderCommandTest {
    @TempDir
    Path dir;

    private OtherUser user;
    private Path library;
    private String db;
    private int files;

    @BeforeEach
    void importAsAnotherUser() throws Exception {
        user = OtherUser.in(dir);
        library = Cli.sampleCopy(dir.resolve("library"));
        openTreeToEveryone(library);
        Path catalogueFolder = Files.createDirectories(dir.resolve("catalogue"));
        Files.setPosixFilePermissions(catalogueFolder, PosixFilePermissions.fromString("rwxrwxrwx"));
        db = catalogueFolder.resolve("library.db").toString();
        files = SampleLibrary.expected().size();
        Cli imported = user.run("import", library.toString(), "--db", db, "--no-progress");
        assertEquals(0, imported.exitCode(), imported.err());
    }

    @Test
    void anUnreadableSubfolderKeepsItsFilesAndIsReported() throws Exception {
        Path artist = library.resolve("Other Artist");
        Files.setPosixFilePermissions(artist, PosixFilePermissions.fromString("---------"));

        JsonNode locked =
                summary(user.run("import", library.toString(), "--db", db, "--json", "--purge-missing-after", "0"), 1);
        Files.setPosixFilePermissions(artist, PosixFilePermissions.fromString("rwxr-xr-x"));
        JsonNode open = summary(user.run("import", library.toString(), "--db", db, "--json"), 0);

        assertEquals(0, locked.get("missing").asInt());
        assertEquals(files - 2, locked.get("unchanged").asInt());
        assertEquals(
                List.of(artist + ": cannot read: permission denied; the 2 files the catalogue holds under it are kept"
                        + " as they were"),
                failures(locked));
        assertEquals(files, open.get("unchanged").asInt());
    }

    @Test
    void aFileMissingBeforeItsFolderBecameUnreadableIsNotPurgedUntilTheFolderIsReadAgain() throws Exception {
        Path artist = library.resolve("Other Artist");
        Files.delete(artist.resolve("Split Single/2 - Chrome Side.mp3"));
        assertEquals(
                1,
                summary(user.run("import", library.toString(), "--db", db, "--json"), 0)
                        .get("missing")
                        .asInt());
        Files.setPosixFilePermissions(artist, PosixFilePermissions.fromString("---------"));

        JsonNode planned = summary(
                user.run("import", library.toString(), "--db", db, "--json", "--dry-run", "--purge-missing-after", "0"),
                0);
        JsonNode locked =
                summary(user.run("import", library.toString(), "--db", db, "--json", "--purge-missing-after", "0"), 1);
        Files.setPosixFilePermissions(artist, PosixFilePermissions.fromString("rwxr-xr-x"));
        JsonNode open =
                summary(user.run("import", library.toString(), "--db", db, "--json", "--purge-missing-after", "0"), 0);

        assertEquals(0, planned.get("purge").size(), planned.toString());
        assertEquals(0, locked.get("purged").asInt());
        assertEquals(1, open.get("purged").asInt());
    }

    @Test
    void anUnreadableLibraryFolderKeepsEveryFile() throws Exception {
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("---------"));

        JsonNode locked =
                summary(user.run("import", library.toString(), "--db", db, "--json", "--purge-missing-after", "0"), 1);
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rwxr-xr-x"));

        assertEquals(0, locked.get("missing").asInt() + locked.get("purged").asInt());
        assertEquals(
                List.of(library + ": cannot read: permission denied; the " + files
                        + " files the catalogue holds under it are kept as they were"),
                failures(locked));
    }

    private static JsonNode summary(Cli run, int exitCode) throws IOException {
        assertEquals(exitCode, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    private static List<String> failures(JsonNode summary) {
        return Stream.iterate(0, i -> i < summary.get("failures").size(), i -> i + 1)
                .map(i -> summary.get("failures").get(i))
                .map(failure -> failure.get("path").asText() + ": "
                        + failure.get("reason").asText())
                .toList();
    }

    private static void openTreeToEveryone(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.toList()) {
                Files.setPosixFilePermissions(
                        path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
    }
}
