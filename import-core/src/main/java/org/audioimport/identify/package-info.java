/**
 * Identification: looks each fingerprinted file up on AcoustID and its recording on MusicBrainz, on a
 * queue of its own that is the catalogue itself, keeping both services' rate limits and backing off when
 * told to. It talks to the network only when an AcoustID key is configured, and writes only through
 * {@code store.IdentityStore}; it never touches a file's imported rows or the audio.
 */
package org.audioimport.identify;
