package org.audioimport.analyze;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;

/**
 * The mean-square energies of a file's 400 ms gating blocks (BS.1770-4: K-weighted, channel
 * weighted, 75% overlap) that pass the absolute gate of -70 LUFS, in time order. Together with
 * other tracks' blocks they give an album's integrated loudness exactly as BS.1770-4 and
 * ReplayGain 2.0 define it: the union of the blocks, gated once.
 *
 * <p>Size: 10 blocks per second of audio, 4 bytes each (about 10 KB for a 4-minute track);
 * {@link #toBytes()} is the form to store.
 */
public record GatingBlocks(float[] energies) {

    private static final int FORMAT = 1;

    public GatingBlocks {
        energies = energies.clone();
        for (float e : energies) {
            if (!(e > 0) || Float.isInfinite(e)) {
                throw new IllegalArgumentException("block energies must be positive and finite: " + e);
            }
        }
    }

    /** A copy of the energies. */
    @Override
    public float[] energies() {
        return energies.clone();
    }

    public int size() {
        return energies.length;
    }

    /** The integrated loudness of these blocks alone, in LUFS; null when none passes the relative gate. */
    public Double integratedLufs() {
        return albumLufs(List.of(this));
    }

    /** The integrated loudness of all the tracks' blocks gated together, in LUFS; null when there are none. */
    public static Double albumLufs(List<GatingBlocks> tracks) {
        int count = 0;
        for (GatingBlocks t : tracks) {
            count += t.energies.length;
        }
        double[] all = new double[count];
        int i = 0;
        for (GatingBlocks t : tracks) {
            for (float e : t.energies) {
                all[i++] = e;
            }
        }
        return LoudnessMath.integrated(all, count);
    }

    /** A compact little-endian encoding: a format byte, the count, then the energies as floats. */
    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + 4 * energies.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) FORMAT).putInt(energies.length);
        for (float e : energies) {
            out.putFloat(e);
        }
        return out.array();
    }

    /** Reads what {@link #toBytes()} wrote. */
    public static GatingBlocks fromBytes(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 5 || in.get() != FORMAT) {
            throw new IllegalArgumentException("not a gating block list (format " + FORMAT + ")");
        }
        int n = in.getInt();
        if (n < 0 || in.remaining() != 4L * n) {
            throw new IllegalArgumentException(
                    "gating block list of " + n + " blocks has " + in.remaining() + " bytes");
        }
        float[] energies = new float[n];
        in.asFloatBuffer().get(energies);
        return new GatingBlocks(energies);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GatingBlocks that && Arrays.equals(energies, that.energies);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(energies);
    }

    @Override
    public String toString() {
        return "GatingBlocks[" + energies.length + " blocks]";
    }
}
