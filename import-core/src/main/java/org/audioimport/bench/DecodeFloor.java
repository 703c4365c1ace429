package org.audioimport.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;
import org.audioimport.decode.AudioDecoder;
import org.audioimport.decode.DecodeException;
import org.audioimport.decode.PcmFanOut;
import org.audioimport.decode.PcmSink;
import org.audioimport.decode.SinkException;

/**
 * The floor under any import of a set of files: each decoded once, on as many threads as the import has
 * workers, the PCM going nowhere. An import does this and more (hash, phases, tags, write), so its wall
 * time over this one's says what the rest costs on the same cores.
 */
final class DecodeFloor {
    /** Files decoded, files that would not decode (bad files), and the audio decoded. */
    record Result(int decoded, int undecodable, double audioSeconds) {}

    private DecodeFloor() {}

    static Result run(List<Path> files, int threads) throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger decoded = new AtomicInteger();
        DoubleAdder audioSeconds = new DoubleAdder();
        // An empty fan-out drops every block: what the decoder costs by itself.
        PcmSink nowhere = new PcmFanOut(List.of());
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            pool.add(Thread.ofPlatform().name("decode-floor-" + (t + 1)).start(() -> {
                AudioDecoder decoder = AudioDecoder.ffmpeg();
                for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                    try {
                        audioSeconds.add(decoder.decode(files.get(i), nowhere).durationSeconds());
                        decoded.incrementAndGet();
                    } catch (DecodeException | SinkException notDecodable) {
                        // A bad file costs what it took to find out; the import pays the same.
                    }
                }
            }));
        }
        for (Thread thread : pool) {
            thread.join();
        }
        return new Result(decoded.get(), files.size() - decoded.get(), audioSeconds.sum());
    }
}
