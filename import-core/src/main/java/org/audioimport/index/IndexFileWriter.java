package org.audioimport.index;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/** Writes a graph in the {@link IndexFileFormat}, atomically; the caller keeps inserts out meanwhile. */
final class IndexFileWriter {
    private final HnswSettings settings;
    private final HnswGraph graph;
    private final int count;

    IndexFileWriter(HnswSettings settings, HnswGraph graph) {
        this.settings = settings;
        this.graph = graph;
        this.count = graph.allocated();
    }

    /**
     * Writes to a temporary file in the same directory, syncs it, renames it over {@code file} and syncs
     * the directory, so a crash leaves either the old file or the new one, never a mix.
     */
    void write(Path file, long caughtUpMark) throws IOException {
        Path target = file.toAbsolutePath();
        Path directory = target.getParent();
        Path temporary = Files.createTempFile(directory, target.getFileName() + ".", ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                CRC32C crc = new CRC32C();
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                        new CheckedOutputStream(Channels.newOutputStream(channel), crc), 1 << 16));
                writeHeader(out, caughtUpMark);
                writeBody(out);
                out.flush();
                out.writeInt((int) crc.getValue());
                out.flush();
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        // The rename is durable only once the directory entry is; Linux allows syncing a directory this way.
        try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
            dir.force(true);
        }
    }

    private void writeHeader(DataOutputStream out, long caughtUpMark) throws IOException {
        long top = graph.top();
        out.write(IndexFileFormat.MAGIC);
        out.writeInt(IndexFileFormat.VERSION);
        out.writeInt(IndexFileFormat.metricCode(settings.metric()));
        out.writeInt(settings.dimension());
        out.writeInt(settings.m());
        out.writeInt(settings.efConstruction());
        out.writeInt(settings.efSearch());
        out.writeInt(settings.capacity());
        out.writeInt(count);
        out.writeInt(HnswGraph.entryOf(top));
        out.writeInt(HnswGraph.levelOf(top));
        out.writeLong(caughtUpMark);
        out.writeLong(bodyLength());
    }

    private long bodyLength() {
        long bytes = 0;
        for (int node = 0; node < count; node++) {
            bytes += 8 + 4 + 4L * settings.dimension();
            for (int layer = 0; layer <= graph.level(node); layer++) {
                bytes += 4 + 4L * graph.lists(node, layer)[graph.base(node, layer)];
            }
        }
        return bytes;
    }

    private void writeBody(DataOutputStream out) throws IOException {
        float[] data = graph.vectors().data();
        int dimension = settings.dimension();
        int[] links = new int[graph.maxDegree(0)];
        for (int node = 0; node < count; node++) {
            out.writeLong(graph.id(node));
            out.writeInt(graph.level(node));
            int offset = graph.vectors().offset(node);
            for (int i = 0; i < dimension; i++) {
                out.writeFloat(data[offset + i]);
            }
            for (int layer = 0; layer <= graph.level(node); layer++) {
                int size = graph.copyLinks(node, layer, links);
                out.writeInt(size);
                for (int i = 0; i < size; i++) {
                    out.writeInt(links[i]);
                }
            }
        }
    }
}
