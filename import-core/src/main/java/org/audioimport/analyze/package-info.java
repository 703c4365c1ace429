/**
 * Analysis: loudness and amplitude measurements of a file and of each of its passages, from the
 * same single PCM pass as every other phase: EBU R128 / ITU-R BS.1770-4 integrated loudness,
 * loudness range, sample and true peak, ReplayGain 2.0 gains, lead-in, lead-out and fades. It
 * measures the whole file as the audio streams (loudness histograms) and keeps a fixed-size
 * history that it aggregates over the passages at the end. It never decodes files itself and never touches the store.
 */
package org.audioimport.analyze;
