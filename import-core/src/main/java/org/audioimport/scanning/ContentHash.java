package org.audioimport.scanning;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a file's bytes: the identity that recognises a moved or renamed file. The JDK's SHA-256 uses
 * the CPU's SHA instructions where present, so hashing costs little next to decoding.
 */
public final class ContentHash {
    private final MessageDigest digest;
    private final ByteBuffer buffer = ByteBuffer.allocateDirect(1 << 16);

    public ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Hashes the whole channel from its start; not thread-safe, so each worker keeps its own. */
    public String of(FileChannel channel) throws IOException {
        digest.reset();
        long position = 0;
        buffer.clear();
        int n;
        while ((n = channel.read(buffer, position)) > 0) {
            position += n;
            buffer.flip();
            digest.update(buffer);
            buffer.clear();
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
