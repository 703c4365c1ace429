package org.audioimport.fingerprint;

import com.sun.jna.Library;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The part of chromaprint.h (libchromaprint 1.x) that fingerprinting uses. Functions that return
 * int return 1 on success and 0 on failure.
 */
interface LibChromaprint extends Library {

    /**
     * CHROMAPRINT_ALGORITHM_DEFAULT, the one fpcalc and AcoustID use. It is TEST2, whose value in
     * the enum is 1 (TEST1 is 0); 2 would be TEST3 and give other fingerprints.
     */
    int ALGORITHM_DEFAULT = 1;

    String chromaprint_get_version();

    Pointer chromaprint_new(int algorithm);

    void chromaprint_free(Pointer context);

    int chromaprint_start(Pointer context, int sampleRate, int channels);

    /** {@code size} counts samples over all channels, not frames. */
    int chromaprint_feed(Pointer context, short[] data, int size);

    int chromaprint_finish(Pointer context);

    /** The compressed, base64 fingerprint; free it with {@link #chromaprint_dealloc}. */
    int chromaprint_get_fingerprint(Pointer context, PointerByReference fingerprint);

    /** The raw fingerprint, uint32 items; free it with {@link #chromaprint_dealloc}. */
    int chromaprint_get_raw_fingerprint(Pointer context, PointerByReference fingerprint, IntByReference size);

    void chromaprint_dealloc(Pointer pointer);
}
