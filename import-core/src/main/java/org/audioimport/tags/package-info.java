/**
 * Reading tags: jaudiotagger for the formats it knows, and the decoder's metadata dictionary for the
 * rest (Opus, WavPack, APE). It produces immutable {@link org.audioimport.tags.Tags}; it never writes
 * to audio files and never touches the catalogue.
 */
package org.audioimport.tags;
