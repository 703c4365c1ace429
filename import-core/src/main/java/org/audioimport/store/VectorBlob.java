package org.audioimport.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** How a float vector is stored in a BLOB: float32 little-endian, one after the other, nothing else. */
final class VectorBlob {
    private VectorBlob() {}

    static byte[] toBytes(float[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /** @throws IllegalArgumentException if the length is not a whole number of floats */
    static float[] fromBytes(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) {
            throw new IllegalArgumentException(
                    "a vector BLOB of " + bytes.length + " bytes is not whole float32 values");
        }
        float[] values = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
        return values;
    }
}
