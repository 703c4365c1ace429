package org.audioimport.decode;

/**
 * FFmpeg's decoder refused a packet as damaged; the decode went on with the next one. It names the
 * last frame the decoder gave before the refusal, by its place in the output: a tool that reads the
 * way fpcalc does never sees that frame ({@code FingerprintSink} reproduces it).
 *
 * @param lastFrameStart the output frame where the decoder's last frame before the refusal begins
 * @param lastFrameEnd   where it ends; equal to the start when there is none (the refused packet
 *                       came first, or right after another refused one)
 * @param followsDamage  the packet before this one was refused too
 */
public record DamagedPacket(long lastFrameStart, long lastFrameEnd, boolean followsDamage) {

    public DamagedPacket {
        if (lastFrameStart < 0 || lastFrameEnd < lastFrameStart) {
            throw new IllegalArgumentException("bad frame range: " + lastFrameStart + " to " + lastFrameEnd);
        }
    }
}
