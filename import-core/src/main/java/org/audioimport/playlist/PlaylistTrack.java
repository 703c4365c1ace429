package org.audioimport.playlist;

/**
 * One entry of a playlist. Times are seconds from the start of the file, taken from its analysis row;
 * each is null where the row has none (no fade, or no analysis).
 *
 * @param fileId             the file's row id
 * @param path               the file
 * @param artist             its artist tag; null when untagged
 * @param title              its title tag; null when untagged
 * @param durationS          its decoded length; null when unknown
 * @param seed               whether it is one of the seeds
 * @param distanceToPrevious cosine distance of its flavor to the previous entry's; null for the first
 * @param distanceToSeed     mean cosine distance of its flavor to the seeds'
 * @param startS             the lead-in: where its music gets under way
 * @param endS               the lead-out: where its music ends
 * @param fadeInEndS         where its fade-in ends
 * @param fadeOutStartS      where its fade-out starts
 * @param crossfadeS         the suggested overlap with the next entry; null for the last
 */
public record PlaylistTrack(
        long fileId,
        String path,
        String artist,
        String title,
        Double durationS,
        boolean seed,
        Double distanceToPrevious,
        double distanceToSeed,
        Double startS,
        Double endS,
        Double fadeInEndS,
        Double fadeOutStartS,
        Double crossfadeS) {}
