package org.audioimport.store;

/**
 * What a playlist needs of one catalogued file besides its place among the live tracks: its tags, its
 * quality among copies, its flavor vector, and the crossfade points of its analysis row.
 *
 * @param flavorId          its flavor row id, the key of the similarity index
 * @param artistId          its track artist's id; null when untagged
 * @param artist            that artist's name; null when untagged
 * @param title             its title tag; null when untagged
 * @param durationTicks     its decoded length
 * @param lossless          whether its codec is lossless (it has a bit depth), as {@code duplicates} ranks copies
 * @param bitrateKbps       its average bit rate; null when unknown
 * @param vector            its flavor vector
 * @param leadInTicks       the analysis row's lead-in; null without one
 * @param leadOutTicks      the analysis row's lead-out; null without one
 * @param fadeInEndTicks    where the fade-in ends; null when the music does not fade in
 * @param fadeOutStartTicks where the fade-out starts; null when the music does not fade out
 */
public record PlaylistRow(
        long flavorId,
        Long artistId,
        String artist,
        String title,
        Long durationTicks,
        boolean lossless,
        Integer bitrateKbps,
        float[] vector,
        Long leadInTicks,
        Long leadOutTicks,
        Long fadeInEndTicks,
        Long fadeOutStartTicks) {}
