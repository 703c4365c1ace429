package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.audioimport.store.DuplicateGroup;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.SampleLibrary;
import org.audioimport.testing.Tsv;
import org.audioimport.testing.Wav;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the fingerprint phase stores at import, and the duplicate links it makes. */
class FingerprintImportTest {
    private static final String ORIGINAL = "The Fixtures/Synthetic Seasons/01 - First Frost.flac";

    @TempDir
    Path dir;

    private Path library;
    private PipelineHarness harness;

    @BeforeEach
    void importSample() throws Exception {
        library = SampleLibrary.copyTo(dir.resolve("library"));
        harness = new PipelineHarness(dir.resolve("library.db"));
    }

    @Test
    void storedFingerprintsEqualFpcalcForEveryFixture() throws Exception {
        harness.run(library, ImportListener.NONE);

        Map<String, String> fpcalc = fpcalcFingerprints();
        assertEquals(SampleLibrary.expected().size(), fpcalc.size());
        fpcalc.forEach((path, expected) -> {
            FileDetails stored = details(path);
            assertEquals(expected, stored.fingerprint().chromaprint(), path);
        });
    }

    @Test
    void transcodedCopiesAreLinkedToTheFirstCataloguedOfThemAndNothingElseIs() throws Exception {
        harness.run(library, ImportListener.NONE);

        List<String> group = List.of(ORIGINAL, "copies/01 - First Frost.mp3", "copies/01 - First Frost.m4a");
        List<String> firsts =
                group.stream().filter(p -> details(p).duplicateOf() == null).toList();
        assertEquals(1, firsts.size(), "exactly one file of the group is nobody's duplicate");
        String first = library.resolve(firsts.get(0)).toString();
        group.stream()
                .filter(p -> !p.equals(firsts.get(0)))
                .forEach(p -> assertEquals(first, details(p).duplicateOf(), p));
        for (Map<String, String> row : SampleLibrary.expected()) {
            if (!group.contains(row.get("path"))) {
                assertNull(details(row.get("path")).duplicateOf(), row.get("path") + " is no duplicate");
            }
        }
    }

    @Test
    void duplicateGroupListsTheLosslessFileFirstThenByBitrate() throws Exception {
        harness.run(library, ImportListener.NONE);

        List<DuplicateGroup> groups = harness.reader.duplicateGroups();

        assertEquals(1, groups.size());
        List<String> paths =
                groups.get(0).files().stream().map(DuplicateGroup.Member::path).toList();
        assertEquals(
                List.of(
                        library.resolve(ORIGINAL).toString(),
                        library.resolve("copies/01 - First Frost.mp3").toString(),
                        library.resolve("copies/01 - First Frost.m4a").toString()),
                paths);
    }

    @Test
    void copiesImportedInALaterRunAreLinkedToo() throws Exception {
        Path copies = dir.resolve("later");
        Files.move(library.resolve("copies"), copies);
        harness.run(library, ImportListener.NONE);

        harness.run(copies, ImportListener.NONE);

        assertEquals(
                library.resolve(ORIGINAL).toString(),
                harness.reader
                        .file(copies.resolve("01 - First Frost.mp3").toString())
                        .orElseThrow()
                        .duplicateOf());
    }

    @Test
    void silentFileIsImportedWithoutAFingerprintAndSaysWhy() throws Exception {
        Path silent = Wav.write(library.resolve("silence.wav"), new short[44_100 * 10]);

        harness.run(library, ImportListener.NONE);

        FileDetails stored = harness.reader.file(silent.toString()).orElseThrow();
        assertEquals("imported", stored.status());
        assertNull(stored.fingerprint().chromaprint());
        assertTrue(
                stored.fingerprint().missingReason().contains("silent"),
                stored.fingerprint().missingReason());
        assertNull(stored.duplicateOf());
    }

    @Test
    void veryShortFileIsImportedWithoutAFingerprint() throws Exception {
        short[] tone = new short[44_100 / 2];
        for (int i = 0; i < tone.length; i++) {
            tone[i] = (short) (8000 * Math.sin(i * 2 * Math.PI * 440 / 44_100));
        }
        Path blip = Wav.write(library.resolve("blip.wav"), tone);

        harness.run(library, ImportListener.NONE);

        FileDetails stored = harness.reader.file(blip.toString()).orElseThrow();
        assertEquals("imported", stored.status());
        assertNull(stored.fingerprint().chromaprint());
        assertFalse(stored.fingerprint().missingReason().isBlank());
    }

    @Test
    void truncatedFileKeepsWhatDecodedAndRecordsAWarningWithItsPosition() throws Exception {
        Path flac = library.resolve(ORIGINAL);
        byte[] bytes = Files.readAllBytes(flac);
        Path cut = Files.write(library.resolve("cut.flac"), Arrays.copyOf(bytes, bytes.length * 6 / 10));

        harness.run(library, ImportListener.NONE);

        FileDetails stored = harness.reader.file(cut.toString()).orElseThrow();
        assertEquals("imported", stored.status());
        assertFalse(stored.warnings().isEmpty(), "a warning is recorded");
        assertTrue(
                stored.warnings().get(0).positionSeconds() > 1,
                stored.warnings().toString());
        assertTrue(
                stored.audio().durationSeconds() < 7,
                "only the decodable part: " + stored.audio().durationSeconds());
    }

    private FileDetails details(String relative) {
        return harness.stored(library.resolve(relative));
    }

    private static Map<String, String> fpcalcFingerprints() {
        Map<String, String> fingerprints = new HashMap<>();
        Tsv.read(SampleLibrary.testData().resolve("reference/fpcalc.tsv"))
                .forEach(row -> fingerprints.put(row.get("path"), row.get("fingerprint_compressed")));
        return fingerprints;
    }
}
