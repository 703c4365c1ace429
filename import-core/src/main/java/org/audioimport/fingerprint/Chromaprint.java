package org.audioimport.fingerprint;

import com.sun.jna.Native;

/**
 * The system's Chromaprint library, loaded. Thread-safe: each {@link FingerprintSink} it makes
 * has its own native context. Make one at start-up and hand it to whoever needs sinks.
 */
public final class Chromaprint {

    /** Seconds fingerprinted from the start of a file unless told otherwise: fpcalc's default. */
    public static final int DEFAULT_LENGTH_SECONDS = 120;

    private static final String INSTALL_HINT = "install it with: apt-get install libchromaprint1";

    private final LibChromaprint library;

    private Chromaprint(LibChromaprint library) {
        this.library = library;
    }

    /**
     * Loads libchromaprint (Debian's libchromaprint1 is enough; the -dev package is not needed).
     *
     * @throws ChromaprintUnavailableException the library is not installed or does not load;
     *                                         the message names the package to install
     */
    public static Chromaprint load() throws ChromaprintUnavailableException {
        return load("chromaprint");
    }

    /** Loads the Chromaprint library of that name (tests use a name that does not exist). */
    static Chromaprint load(String libraryName) throws ChromaprintUnavailableException {
        LibChromaprint library;
        try {
            library = Native.load(libraryName, LibChromaprint.class);
        } catch (UnsatisfiedLinkError e) {
            throw new ChromaprintUnavailableException(
                    "the Chromaprint library (libchromaprint) is not installed or cannot be loaded; " + INSTALL_HINT,
                    e);
        }
        Chromaprint chromaprint = new Chromaprint(library);
        try {
            chromaprint.version();
        } catch (UnsatisfiedLinkError e) {
            throw new ChromaprintUnavailableException(
                    "the library found as libchromaprint is not" + " a usable Chromaprint 1.x (" + e.getMessage()
                            + "); " + INSTALL_HINT,
                    e);
        }
        return chromaprint;
    }

    /** The library's version, e.g. "1.5.1". */
    public String version() {
        return library.chromaprint_get_version();
    }

    /** A sink that fingerprints the first {@value #DEFAULT_LENGTH_SECONDS} seconds of each file. */
    public FingerprintSink newSink() throws FingerprintException {
        return newSink(DEFAULT_LENGTH_SECONDS);
    }

    /** A sink that fingerprints the first {@code lengthSeconds} seconds of each file. */
    public FingerprintSink newSink(int lengthSeconds) throws FingerprintException {
        return new FingerprintSink(library, lengthSeconds);
    }
}
