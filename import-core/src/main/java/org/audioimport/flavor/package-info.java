/**
 * Flavor: a fixed-size vector of how a file, or a passage of it, sounds (timbre, rhythm, harmony,
 * dynamics), computed from the decoder's one PCM pass by {@link org.audioimport.flavor.FlavorSink}
 * and laid out as {@link org.audioimport.flavor.FlavorVector} documents. Pure computation on
 * primitive arrays, with its own FFT ({@link org.audioimport.flavor.RealFft}): it never decodes files
 * itself, and never touches the store or the vector index.
 */
package org.audioimport.flavor;
