package org.audioimport.flavor;

import static org.audioimport.flavor.FrameAnalyzer.FRAME;
import static org.audioimport.flavor.FrameAnalyzer.HOP;
import static org.audioimport.flavor.FrameAnalyzer.RATE;

import org.audioimport.decode.InterleavedSink;

/**
 * Describes how the audio a decoder streams into it sounds. It downmixes to mono, resamples to
 * 22,050 Hz, cuts frames of 2048 every 1024 samples and keeps, per second, running statistics of
 * each frame's timbre, loudness and chroma, plus the onset envelope: see {@link FlavorProfile}.
 * Only the first {@link #maxSeconds()} of a file are analysed, which bounds both its cost and its
 * memory (about 1.7 KB a second).
 *
 * <p>Use: {@link #start} (the decoder calls it), {@link #accept} per block, then {@link
 * #finish()} for the profile, which gives the file's vector and any passage's. The sink can then
 * be started again for the next file: one per worker thread is enough. Not thread-safe.
 */
public final class FlavorSink extends InterleavedSink {

    /**
     * Seconds analysed from the start of each file unless told otherwise: 10 minutes, so that a
     * track is described whole (and every passage of it), while a long mix or a recording left
     * running costs at most about 0.7 s of one core and 1 MB.
     */
    public static final int DEFAULT_MAX_SECONDS = 600;

    private final int maxSeconds;
    private final long maxSamples;
    private final Resampler resampler;
    private final FrameAnalyzer analyzer = new FrameAnalyzer();
    private final FeatureRows rows = new FeatureRows();
    private final float[] resampled = new float[HOP];
    private final float[] frame = new float[FRAME];
    private final float[] features = new float[FrameAnalyzer.FEATURES];
    private int fill;
    private long taken;
    private boolean truncated;

    /** A sink that analyses the first {@value #DEFAULT_MAX_SECONDS} s of each file. */
    public FlavorSink() {
        this(DEFAULT_MAX_SECONDS);
    }

    /** A sink that analyses the first {@code maxSeconds} of each file. */
    public FlavorSink(int maxSeconds) {
        this(maxSeconds, new Resampler(RATE));
    }

    /** A sink that analyses the first {@code maxSeconds} of each file, resampled by {@code resampler}. */
    FlavorSink(int maxSeconds, Resampler resampler) {
        this.resampler = resampler;
        if (maxSeconds <= 0) {
            throw new IllegalArgumentException("max seconds must be positive: " + maxSeconds);
        }
        this.maxSeconds = maxSeconds;
        this.maxSamples = (long) maxSeconds * RATE;
    }

    /** Seconds analysed from the start of each file. */
    public int maxSeconds() {
        return maxSeconds;
    }

    @Override
    protected void started(int sampleRate, int channels) {
        this.fill = 0;
        this.taken = 0;
        this.truncated = false;
        resampler.start(sampleRate);
        analyzer.reset();
        rows.clear();
    }

    /**
     * Past the length limit, frames are ignored. The limit counts the outputs the resampler can give,
     * held back or not, so that it falls where it would if every output were handed out at once.
     */
    @Override
    protected void take(float[] samples, int frames) {
        if (resampler.ready() >= maxSamples) {
            truncated |= frames > 0;
            return;
        }
        int done = 0;
        while (done < frames) {
            done += resampler.write(samples, done, frames - done, channels());
            int n;
            while ((n = resampler.read(resampled, resampled.length)) > 0) {
                if (!take(n)) {
                    truncated = true;
                    return;
                }
            }
        }
    }

    /** Frames the first {@code n} resampled samples; false when the limit stopped it. */
    private boolean take(int n) {
        int allowed = (int) Math.min(n, maxSamples - taken);
        int at = 0;
        while (at < allowed) {
            int count = Math.min(FRAME - fill, allowed - at);
            System.arraycopy(resampled, at, frame, fill, count);
            fill += count;
            at += count;
            if (fill == FRAME) {
                boolean voiced = analyzer.analyse(frame, features);
                rows.add(voiced, features, analyzer.onset(), analyzer.groupLevels());
                System.arraycopy(frame, HOP, frame, 0, FRAME - HOP);
                fill = FRAME - HOP;
            }
        }
        taken += allowed;
        return allowed == n;
    }

    /**
     * Ends the file and gives its profile: the file's vector and any range's come from it. The
     * sink can then be started again. After a decode that threw, skip it: the next {@link #start}
     * discards whatever the failed file left.
     */
    public FlavorProfile finish() {
        if (!end()) {
            return FlavorProfile.empty();
        }
        int n;
        while ((n = resampler.drain(resampled, resampled.length)) > 0) {
            if (!take(n)) {
                truncated = true;
                break;
            }
        }
        return new FlavorProfile(sampleRate(), (double) taken / RATE, truncated, rows.snapshot());
    }
}
