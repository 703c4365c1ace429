/**
 * Decoding: opens an audio file in process with FFmpeg and streams it once, as blocks of
 * interleaved signed 16-bit PCM at the file's own rate and channel count, to a {@link
 * org.audioimport.decode.PcmSink}. It owns every native FFmpeg object it creates and frees each
 * one before a call returns; it never reads tags for the catalogue's own sake, never writes a file
 * and never touches the store.
 */
package org.audioimport.decode;
