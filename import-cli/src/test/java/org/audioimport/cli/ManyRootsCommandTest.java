package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import ~/Music/*} names every album folder: more roots than SQLite takes in one chain of
 * conditions (it refuses an expression over 1,000 deep). The run reads, marks and purges across all of them.
 */
class ManyRootsCommandTest {
    private static final int ALBUM_FOLDERS = 1_200;

    @TempDir
    Path dir;

    @Test
    void anImportOfTwelveHundredFoldersReadsMarksAndPurgesUnderEveryOne() throws Exception {
        Path music = Files.createDirectories(dir.resolve("Music"));
        SampleLibrary.copyTo(music.resolve("0000"));
        List<String> args = new ArrayList<>(
                List.of("import", "--db", dir.resolve("library.db").toString()));
        args.addAll(List.of("--json", "--purge-missing-after", "0"));
        for (int i = 0; i < ALBUM_FOLDERS; i++) {
            args.add(Files.createDirectories(music.resolve("%04d".formatted(i))).toString());
        }
        int files = SampleLibrary.expected().size();
        String[] command = args.toArray(String[]::new);

        JsonNode first = summary(Cli.run(command));
        Files.delete(music.resolve("0000/untagged/track 17.flac"));
        JsonNode second = summary(Cli.run(command));
        JsonNode third = summary(Cli.run(command));

        assertEquals(files, first.get("imported").asInt());
        assertEquals(files - 1, second.get("unchanged").asInt());
        assertEquals(1, second.get("missing").asInt());
        assertEquals(1, second.get("purged").asInt(), "with an age of 0, purged by the run that finds it gone");
        assertEquals(0, third.get("purged").asInt() + third.get("missing").asInt(), "and then nothing is left of it");
    }

    private static JsonNode summary(Cli run) throws Exception {
        assertEquals(0, run.exitCode(), run.err());
        return new ObjectMapper().readTree(run.out());
    }
}
