/**
 * Analysis: loudness and amplitude measurements of a file and of each of its passages, from the
 * same single PCM pass as every other phase: EBU R128 / ITU-R BS.1770-4 integrated loudness,
 * loudness range, sample and true peak, ReplayGain 2.0 gains, lead-in, lead-out and fades. It
 * keeps compact per-window histories while the audio streams and aggregates them over the
 * passages at the end. It never decodes files itself and never touches the store.
 */
package org.audioimport.analyze;
