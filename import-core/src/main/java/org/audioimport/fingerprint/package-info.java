/**
 * Fingerprinting: Chromaprint fingerprints, computed by the system's libchromaprint through JNA
 * from the decoder's PCM stream, identical to what {@code fpcalc} computes for the same file. It
 * owns the native Chromaprint contexts it creates; it never decodes files itself and never
 * touches the store.
 */
package org.audioimport.fingerprint;
