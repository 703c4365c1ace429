package org.audioimport.flavor;

import java.util.Arrays;

/**
 * Synthetic test audio, made by code: a piece is a chord progression of decaying harmonic tones
 * over a pulse of kick-like thumps and metallic ticks, so it has timbre, harmony and rhythm. Every
 * sound is defined in continuous time, so the same piece at two sample rates is the same music.
 */
final class Synth {

    private final int rate;
    private final double[] mono;

    private Synth(int rate, double seconds) {
        this(rate, new double[(int) Math.round(seconds * rate)]);
    }

    private Synth(int rate, double[] mono) {
        this.rate = rate;
        this.mono = mono;
    }

    static Synth silence(int rate, double seconds) {
        return new Synth(rate, seconds);
    }

    /**
     * A piece: chords (MIDI notes) changing every beat pair, a thump on each beat and a noise
     * tick between beats, at {@code bpm}.
     */
    static Synth piece(int rate, double seconds, double bpm, int[][] chords, double brightness) {
        Synth s = chords(rate, seconds, bpm, chords, brightness);
        double beat = 60 / bpm;
        for (double at = 0; at < seconds; at += beat) {
            s.thump(at, 0.5);
            s.tick(at + beat / 2, 0.4);
        }
        return s;
    }

    /** The chords of a piece alone, with no drums: its pitch content moves with a transposition. */
    static Synth chords(int rate, double seconds, double bpm, int[][] chords, double brightness) {
        Synth s = new Synth(rate, seconds);
        double beat = 60 / bpm;
        int beats = (int) Math.ceil(seconds / beat);
        for (int b = 0; b < beats; b += 2) {
            for (int note : chords[(b / 2) % chords.length]) {
                s.tone(b * beat, 2 * beat, 440 * Math.pow(2, (note - 69) / 12.0), 0.12, brightness);
            }
        }
        return s;
    }

    /** Ticks at {@code bpm}, nothing else. */
    static Synth clicks(int rate, double seconds, double bpm) {
        Synth s = new Synth(rate, seconds);
        for (double at = 0; at < seconds; at += 60 / bpm) {
            s.tick(at, 1.0);
        }
        return s;
    }

    /** A sine of {@code hz} at {@code amplitude}. */
    static Synth sine(int rate, double seconds, double hz, double amplitude) {
        Synth s = new Synth(rate, seconds);
        for (int i = 0; i < s.mono.length; i++) {
            s.mono[i] = amplitude * Math.sin(2 * Math.PI * hz * i / rate);
        }
        return s;
    }

    /** This audio followed by {@code next} (same rate). */
    Synth then(Synth next) {
        double[] joined = Arrays.copyOf(mono, mono.length + next.mono.length);
        System.arraycopy(next.mono, 0, joined, mono.length, next.mono.length);
        return new Synth(rate, joined);
    }

    int rate() {
        return rate;
    }

    int frames() {
        return mono.length;
    }

    /**
     * Interleaved samples, the mono signal in each of {@code channels}, times {@code gain}, rounded
     * to 16 bits and handed over as the decoder does: s16 / 32768.
     */
    float[] pcm(int channels, double gain) {
        float[] out = new float[mono.length * channels];
        for (int i = 0; i < mono.length; i++) {
            long v = Math.round(Math.max(-1, Math.min(1, mono[i] * gain)) * 32767);
            for (int c = 0; c < channels; c++) {
                out[i * channels + c] = v / 32768f;
            }
        }
        return out;
    }

    float[] pcm(int channels) {
        return pcm(channels, 1);
    }

    private void tone(double at, double length, double hz, double amplitude, double brightness) {
        for (int h = 1; h <= 6 && hz * h < Math.min(rate / 2.0, 7000); h++) {
            partial(at, length, hz * h, amplitude * Math.pow(brightness, h - 1), 2.5 / length);
        }
    }

    /** A sine that starts at {@code at}, rises in 10 ms and decays at {@code decay} per second. */
    private void partial(double at, double length, double hz, double amplitude, double decay) {
        int from = (int) Math.round(at * rate);
        int to = Math.min(mono.length, (int) Math.round((at + length) * rate));
        int attack = rate / 100;
        double step = 2 * Math.PI * hz / rate;
        double k = 2 * Math.cos(step);
        double previous = -Math.sin(step);
        double current = 0;
        double envelope = amplitude;
        double fall = Math.exp(-decay / rate);
        for (int i = from; i < to; i++) {
            double rise = i - from < attack ? (double) (i - from) / attack : 1;
            mono[i] += rise * envelope * current;
            double next = k * current - previous;
            previous = current;
            current = next;
            envelope *= fall;
        }
    }

    /** A kick: a low sine falling in pitch, decaying fast. */
    private void thump(double at, double amplitude) {
        int from = (int) Math.round(at * rate);
        int to = Math.min(mono.length, from + rate / 8);
        double phase = 0;
        for (int i = from; i < to; i++) {
            double t = (double) (i - from) / rate;
            phase += 2 * Math.PI * (45 + 100 * Math.exp(-t * 30)) / rate;
            mono[i] += amplitude * Math.exp(-t * 25) * Math.sin(phase);
        }
    }

    /** A metallic tick: inharmonic high partials, decaying in a few milliseconds; the same at every rate. */
    private void tick(double at, double amplitude) {
        for (double hz : TICK_PARTIALS) {
            if (hz < rate / 2.0) {
                partial(at, 0.03, hz, amplitude / TICK_PARTIALS.length, 150);
            }
        }
    }

    private static final double[] TICK_PARTIALS = {2_310, 3_170, 4_490, 5_230, 6_110, 7_370};
}
