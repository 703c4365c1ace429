/**
 * Playlists that flow: walks through the similarity index from seed tracks, under rules that keep one
 * recording, album or artist from taking over, with the crossfade points of the analysis rows, and
 * written as M3U8. It only reads the catalogue and the index; it never writes to either.
 */
package org.audioimport.playlist;
