package org.audioimport.scanning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.audioimport.scanning.AudioSignature.Container;
import org.audioimport.testing.SampleLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioSignatureTest {
    private static final Map<String, Container> BY_CONTAINER = Map.of(
            "flac",
            Container.FLAC,
            "mp3",
            Container.MPEG,
            "ogg",
            Container.OGG,
            "opus",
            Container.OPUS,
            "m4a",
            Container.MP4,
            "wav",
            Container.WAV,
            "aiff",
            Container.AIFF);

    @TempDir
    Path dir;

    @Test
    void recognisesEverySampleFileByItsContent() throws IOException {
        for (Map<String, String> row : SampleLibrary.expected()) {
            Path file = SampleLibrary.sample().resolve(row.get("path"));
            assertEquals(Optional.of(BY_CONTAINER.get(row.get("container"))), detect(file), row.get("path"));
        }
    }

    @Test
    void recognisesFlacRenamedToMp3ByContentNotName() throws IOException {
        Path flac = SampleLibrary.expected().stream()
                .filter(r -> "flac".equals(r.get("container")))
                .map(r -> SampleLibrary.sample().resolve(r.get("path")))
                .findFirst()
                .orElseThrow();
        Path renamed = Files.copy(flac, dir.resolve("actually-flac.mp3"));

        assertEquals(Optional.of(Container.FLAC), detect(renamed));
    }

    @Test
    void findsMp3AudioBehindAnId3TagLargerThanTheFirstRead() throws IOException {
        byte[] tag = new byte[10 + 20_000];
        tag[0] = 'I';
        tag[1] = 'D';
        tag[2] = '3';
        tag[3] = 4;
        int size = 20_000;
        tag[6] = (byte) ((size >> 21) & 0x7f);
        tag[7] = (byte) ((size >> 14) & 0x7f);
        tag[8] = (byte) ((size >> 7) & 0x7f);
        tag[9] = (byte) (size & 0x7f);
        byte[] frame = {(byte) 0xff, (byte) 0xfb, (byte) 0x90, 0x64};
        Path file = dir.resolve("big-cover.mp3");
        Files.write(file, concat(tag, frame));

        assertEquals(Optional.of(Container.MPEG), detect(file));
    }

    @Test
    void textAndPicturesAreNotAudio() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.mp3"), "hello, this is text");
        Path png = Files.write(
                dir.resolve("cover.mp3"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0});
        Path empty = Files.createFile(dir.resolve("empty.mp3"));

        assertTrue(detect(text).isEmpty());
        assertTrue(detect(png).isEmpty());
        assertTrue(detect(empty).isEmpty());
    }

    private static Optional<Container> detect(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            return AudioSignature.detect(channel);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
