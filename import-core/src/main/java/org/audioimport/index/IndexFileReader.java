package org.audioimport.index;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Reads a file in the {@link IndexFileFormat}. It checks the length and the checksum before it trusts
 * any number in the file enough to allocate by it, then checks the graph it built.
 */
final class IndexFileReader {
    private final Path file;
    private final int capacity;
    private final int efSearch;
    private final int threads;

    /** {@code capacity} and {@code efSearch} of 0 keep the file's. */
    IndexFileReader(Path file, int capacity, int efSearch, int threads) {
        this.file = file;
        this.capacity = capacity;
        this.efSearch = efSearch;
        this.threads = threads;
    }

    LoadedIndex read() throws IOException, IndexFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer header = readHeader(channel);
            long contentLength = IndexFileFormat.HEADER_BYTES + header.getLong(IndexFileFormat.BODY_LENGTH_OFFSET);
            checkLength(channel.size(), contentLength);
            checkChecksum(channel, contentLength);
            channel.position(IndexFileFormat.HEADER_BYTES);
            DataInputStream body =
                    new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel), 1 << 16));
            return build(header, body);
        }
    }

    long caughtUpMark() throws IOException, IndexFileException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return readHeader(channel).getLong(IndexFileFormat.CAUGHT_UP_MARK_OFFSET);
        }
    }

    private ByteBuffer readHeader(FileChannel channel) throws IOException, IndexFileException {
        long size = channel.size();
        int minimum = IndexFileFormat.HEADER_BYTES + IndexFileFormat.TRAILER_BYTES;
        ByteBuffer header = ByteBuffer.allocate(IndexFileFormat.HEADER_BYTES);
        readFully(channel, header, 0);
        byte[] magic = new byte[IndexFileFormat.MAGIC.length];
        header.get(0, magic);
        if (!Arrays.equals(magic, IndexFileFormat.MAGIC)) {
            throw size < IndexFileFormat.MAGIC.length
                    ? problem(new IndexFileProblem.Truncated(minimum, size))
                    : problem(new IndexFileProblem.NotAnIndex());
        }
        if (size < minimum) {
            throw problem(new IndexFileProblem.Truncated(minimum, size));
        }
        int version = header.getInt(8);
        if (version != IndexFileFormat.VERSION) {
            throw problem(new IndexFileProblem.UnsupportedVersion(version, IndexFileFormat.VERSION));
        }
        return header;
    }

    private void checkLength(long size, long contentLength) throws IndexFileException {
        if (contentLength < IndexFileFormat.HEADER_BYTES || contentLength > Long.MAX_VALUE / 2) {
            throw problem(new IndexFileProblem.Corrupt("the header gives an impossible body length"));
        }
        long expected = contentLength + IndexFileFormat.TRAILER_BYTES;
        if (size < expected) {
            throw problem(new IndexFileProblem.Truncated(expected, size));
        }
        if (size > expected) {
            throw problem(new IndexFileProblem.Corrupt((size - expected) + " bytes follow the checksum"));
        }
    }

    private void checkChecksum(FileChannel channel, long contentLength) throws IOException, IndexFileException {
        CRC32C crc = new CRC32C();
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        for (long position = 0; position < contentLength; ) {
            buffer.clear().limit((int) Math.min(buffer.capacity(), contentLength - position));
            readFully(channel, buffer, position);
            position += buffer.limit();
            crc.update(buffer.flip());
        }
        ByteBuffer trailer = ByteBuffer.allocate(IndexFileFormat.TRAILER_BYTES);
        readFully(channel, trailer, contentLength);
        int stored = trailer.getInt(0);
        int computed = (int) crc.getValue();
        if (stored != computed) {
            throw problem(new IndexFileProblem.ChecksumMismatch(stored, computed));
        }
    }

    private LoadedIndex build(ByteBuffer header, DataInputStream body) throws IOException, IndexFileException {
        Metric metric = IndexFileFormat.metricOf(header.getInt(12));
        if (metric == null) {
            throw corrupt("unknown metric code " + header.getInt(12));
        }
        int count = header.getInt(36);
        int entry = header.getInt(40);
        int topLevel = header.getInt(44);
        long caughtUpMark = header.getLong(IndexFileFormat.CAUGHT_UP_MARK_OFFSET);
        HnswSettings saved;
        try {
            saved = new HnswSettings(
                    header.getInt(16),
                    metric,
                    header.getInt(32),
                    header.getInt(20),
                    header.getInt(24),
                    header.getInt(28),
                    1);
        } catch (IllegalArgumentException e) {
            throw corrupt("the header holds impossible settings: " + e.getMessage());
        }
        HnswSettings settings = saved.withRuntime(
                capacity > 0 ? Math.max(capacity, count) : saved.capacity(),
                efSearch > 0 ? efSearch : saved.efSearch(),
                threads);
        if (count < 0 || count > settings.capacity()) {
            throw corrupt("the header counts " + count + " nodes for a capacity of " + settings.capacity());
        }
        HnswGraph graph = new HnswGraph(settings);
        IdRegistry registry = new IdRegistry(settings.capacity());
        try {
            long bodyLength = readNodes(body, graph, registry, count);
            if (bodyLength != header.getLong(IndexFileFormat.BODY_LENGTH_OFFSET)) {
                throw corrupt("the nodes take " + bodyLength + " bytes, the header says "
                        + header.getLong(IndexFileFormat.BODY_LENGTH_OFFSET));
            }
        } catch (EOFException e) {
            throw corrupt("the body ends before its last node");
        }
        if (count > 0 && (entry < 0 || entry >= count)) {
            throw corrupt("entry node " + entry + " does not exist");
        }
        graph.setTop(count == 0 ? HnswGraph.NONE : entry, count == 0 ? -1 : topLevel);
        HnswIndex index = new HnswIndex(settings, graph, registry);
        GraphCheck check = index.verify();
        if (!check.isSound()) {
            throw corrupt(check.problems().getFirst());
        }
        return new LoadedIndex(index, caughtUpMark);
    }

    /** @return how many bytes the nodes took */
    private long readNodes(DataInputStream body, HnswGraph graph, IdRegistry registry, int count)
            throws IOException, IndexFileException {
        long bytes = 0;
        float[] vector = new float[graph.vectors().dimension()];
        int[] links = new int[graph.maxDegree(0)];
        for (int expected = 0; expected < count; expected++) {
            long id = body.readLong();
            int level = body.readInt();
            if (level < 0 || level > HnswGraph.MAX_LEVEL) {
                throw corrupt("node " + expected + " has level " + level);
            }
            int node = graph.allocate(id, level);
            if (!registry.restore(id, node)) {
                throw corrupt("id " + id + " appears twice");
            }
            for (int i = 0; i < vector.length; i++) {
                vector[i] = body.readFloat();
            }
            graph.vectors().putAsIs(node, vector);
            bytes += 8 + 4 + 4L * vector.length;
            for (int layer = 0; layer <= level; layer++) {
                int size = body.readInt();
                if (size < 0 || size > graph.maxDegree(layer)) {
                    throw corrupt("node " + node + " has " + size + " neighbours on layer " + layer);
                }
                for (int i = 0; i < size; i++) {
                    links[i] = body.readInt();
                    if (links[i] < 0 || links[i] >= count) {
                        throw corrupt("node " + node + " links to node " + links[i] + ", which does not exist");
                    }
                }
                graph.setLinks(node, layer, links, size);
                bytes += 4 + 4L * size;
            }
        }
        return bytes;
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
        }
    }

    private IndexFileException corrupt(String detail) {
        return problem(new IndexFileProblem.Corrupt(detail));
    }

    private IndexFileException problem(IndexFileProblem problem) {
        return new IndexFileException(file, problem);
    }
}
