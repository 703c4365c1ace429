import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Issue 15's question: would calling Chromaprint through the Panama FFM API instead of JNA change the
 * fingerprint phase's cost? Fingerprints the same 11,025 Hz mono s16le audio (120 s of it, as the import
 * does) through both bindings, JNA's interface mapping as FingerprintSink uses it and an FFM downcall
 * reading the Java array in place, fed BLOCK samples a call, and prints each binding's median time.
 * Not part of the build (FFM is final only from Java 22; the build targets 21). See docs/benchmarks.md.
 */
public class ChromaprintCallCost {
    public interface LibChromaprint extends Library {
        Pointer chromaprint_new(int algorithm);

        void chromaprint_free(Pointer context);

        int chromaprint_start(Pointer context, int sampleRate, int channels);

        int chromaprint_feed(Pointer context, short[] data, int size);

        int chromaprint_finish(Pointer context);
    }

    private static final int RATE = 11_025;
    private static final int ROUNDS = 21;

    public static void main(String[] args) throws Throwable {
        short[] pcm = read(Path.of(args[0]));
        int block = Integer.parseInt(args[1]);
        LibChromaprint jna = Native.load("chromaprint", LibChromaprint.class);
        Linker linker = Linker.nativeLinker();
        SymbolLookup library = SymbolLookup.libraryLookup("libchromaprint.so.1", Arena.global());
        MethodHandle create = linker.downcallHandle(
                library.find("chromaprint_new").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MethodHandle start = linker.downcallHandle(
                library.find("chromaprint_start").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        MethodHandle feed = linker.downcallHandle(
                library.find("chromaprint_feed").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT),
                Linker.Option.critical(true));
        MethodHandle finish = linker.downcallHandle(
                library.find("chromaprint_finish").orElseThrow(),
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        MethodHandle free = linker.downcallHandle(
                library.find("chromaprint_free").orElseThrow(), FunctionDescriptor.ofVoid(ValueLayout.ADDRESS));

        short[] buffer = new short[block];
        double[] jnaMs = new double[ROUNDS];
        double[] ffmMs = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            Pointer context = jna.chromaprint_new(1);
            check(jna.chromaprint_start(context, RATE, 1));
            for (int at = 0; at < pcm.length; at += block) {
                int n = Math.min(block, pcm.length - at);
                System.arraycopy(pcm, at, buffer, 0, n);
                check(jna.chromaprint_feed(context, buffer, n));
            }
            check(jna.chromaprint_finish(context));
            jna.chromaprint_free(context);
            jnaMs[round] = (System.nanoTime() - started) / 1e6;

            started = System.nanoTime();
            MemorySegment ffmContext = (MemorySegment) create.invokeExact(1);
            check((int) start.invokeExact(ffmContext, RATE, 1));
            for (int at = 0; at < pcm.length; at += block) {
                int n = Math.min(block, pcm.length - at);
                System.arraycopy(pcm, at, buffer, 0, n);
                check((int) feed.invokeExact(ffmContext, MemorySegment.ofArray(buffer), n));
            }
            check((int) finish.invokeExact(ffmContext));
            free.invokeExact(ffmContext);
            ffmMs[round] = (System.nanoTime() - started) / 1e6;
        }
        System.out.printf(
                "%d samples a call, %d calls: JNA %.2f ms, FFM %.2f ms a fingerprint (medians of %d rounds)%n",
                block, (pcm.length + block - 1) / block, median(jnaMs), median(ffmMs), ROUNDS);
    }

    private static short[] read(Path raw) throws Exception {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        short[] pcm = new short[Math.min(bytes.remaining() / 2, 120 * RATE)];
        bytes.asShortBuffer().get(pcm);
        return pcm;
    }

    private static void check(int ok) {
        if (ok != 1) {
            throw new IllegalStateException("Chromaprint refused a call");
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
