package org.audioimport.fingerprint;

import java.util.ArrayDeque;
import org.audioimport.decode.DamagedPacket;

/**
 * Which decoded frames fpcalc 1.5.1 (Debian 12's) reads around damaged packets. Its FFmpeg reader
 * works a packet behind: each call receives the frame of the packet sent last time, then sends the
 * next packet, then converts the frame. When FFmpeg refuses that packet, the call fails before the
 * conversion and the frame it received is never fed to Chromaprint; the reader goes on, but a second
 * refusal in a row ends its reading (fpcalc then prints what it has). So a file cut mid-frame loses
 * its last whole frame too, and a damaged packet mid-file the frame before it. Seen by tracing
 * fpcalc's calls to FFmpeg and Chromaprint on cut and damaged FLACs (docs/benchmarks.md).
 *
 * <p>Positions are output frames of the file, counted from 0. Not thread-safe.
 */
final class FpcalcReading {
    /** Frame ranges fpcalc never reads, {start, end}, in order; each is dropped once passed. */
    private final ArrayDeque<long[]> skipped = new ArrayDeque<>();
    /** Where fpcalc stops reading: the second refusal in a row. */
    private long end = Long.MAX_VALUE;

    /** Forgets the last file. */
    void reset() {
        skipped.clear();
        end = Long.MAX_VALUE;
    }

    /** Takes a refusal, told before any of the frames it names arrive. */
    void damaged(DamagedPacket packet) {
        if (packet.followsDamage()) {
            end = Math.min(end, packet.lastFrameStart());
        } else if (packet.lastFrameEnd() > packet.lastFrameStart()) {
            skipped.add(new long[] {packet.lastFrameStart(), packet.lastFrameEnd()});
        }
    }

    /** How many of the {@code frames} frames from {@code at} fpcalc reads before the next one it skips. */
    int readable(long at, int frames) {
        dropPassed(at);
        long limit = Math.min(end, skipped.isEmpty() ? Long.MAX_VALUE : skipped.peekFirst()[0]);
        return (int) Math.max(0, Math.min(frames, limit - at));
    }

    /** How many of the {@code frames} frames from {@code at} fpcalc skips before the next one it reads. */
    int unreadable(long at, int frames) {
        if (at >= end) {
            return frames;
        }
        dropPassed(at);
        long[] next = skipped.peekFirst();
        if (next == null || next[0] > at) {
            return 0;
        }
        return (int) Math.min(frames, next[1] - at);
    }

    private void dropPassed(long at) {
        while (!skipped.isEmpty() && skipped.peekFirst()[1] <= at) {
            skipped.removeFirst();
        }
    }
}
