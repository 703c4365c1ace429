package org.audioimport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.audioimport.store.FileDetails;
import org.audioimport.testing.Ffmpeg;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Windows Media Audio, True Audio and AC-3 files, made by ffmpeg at test time with tags where the format
 * holds them, are imported like any other: their container told by content, their tags read (by
 * jaudiotagger for WMA, from the decoder's metadata for TTA), every phase run. So are Matroska and CAF
 * files, which have no signature here: named like audio, they are recognised by FFmpeg's probe. An MP2
 * file's container is MP2, not the MP3 of the FFmpeg demuxer that reads both.
 */
class UncommonFormatsImportTest {
    @TempDir
    static Path dir;

    private static Path library;
    private static PipelineHarness harness;

    @BeforeAll
    static void importTheFormats() throws Exception {
        library = Files.createDirectories(dir.resolve("library"));
        encode("wmav2", "asf", "song.wma");
        encode("tta", "tta", "song.tta");
        encode("ac3", "ac3", "song.ac3");
        encode("flac", "matroska", "song.mka");
        encode("alac", "caf", "song.caf");
        encode("mp2", "mp2", "song.mp2");
        harness = new PipelineHarness(dir.resolve("library.db"));
        ImportSummary summary = harness.run(library, ImportListener.NONE);
        assertEquals(6, summary.imported(), summary.toString());
    }

    @ParameterizedTest
    @CsvSource({
        "song.wma, wma, wmav2, Tagged song.wma",
        "song.tta, tta, tta, Tagged song.tta",
        "song.ac3, ac3, ac3,",
        "song.mka, mka, flac, Tagged song.mka",
        "song.caf, caf, alac, Tagged song.caf",
        "song.mp2, mp2, mp2,"
    })
    void isImportedWithItsTagsAndEveryPhase(String name, String container, String codec, String title)
            throws Exception {
        FileDetails details =
                harness.reader.file(library.resolve(name).toString()).orElseThrow();

        assertEquals("imported", details.status());
        assertEquals(container, details.audio().container());
        assertEquals(codec, details.audio().codec());
        assertEquals(title, details.tags().title());
        if (title == null) {
            assertNull(details.tags().artist(), "raw AC-3 and MP2 hold no tags");
        } else {
            assertEquals("Someone", details.tags().artist());
        }
        assertEquals(6.0, details.audio().durationSeconds(), 0.1);
        assertNotNull(details.fingerprint().chromaprint(), "fingerprinted");
        assertNotNull(details.levels().integratedLufs(), "analysed");
        assertTrue(!details.passages().isEmpty(), "segmented");
    }

    /** Six seconds of two tones, tagged with a title and an artist, encoded by ffmpeg. */
    private static void encode(String codec, String format, String name) throws IOException, InterruptedException {
        Ffmpeg.run(
                "-f",
                "lavfi",
                "-i",
                "sine=f=440:d=3:r=44100",
                "-f",
                "lavfi",
                "-i",
                "sine=f=660:d=3:r=44100",
                "-filter_complex",
                "[0][1]concat=n=2:v=0:a=1",
                "-metadata",
                "title=Tagged " + name,
                "-metadata",
                "artist=Someone",
                "-c:a",
                codec,
                "-f",
                format,
                library.resolve(name).toString());
    }
}
