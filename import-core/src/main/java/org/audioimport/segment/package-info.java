/**
 * Segmenting: finds the silences in a file's single PCM pass and cuts its audio into passages,
 * with sample-exact boundaries in ticks. It keeps a small per-window level history while the
 * audio streams and decides at the end, once the file's peak is known. It never decodes files
 * itself and never touches the store.
 */
package org.audioimport.segment;
