package org.audioimport.store;

/**
 * What the catalogue holds of one file for a similarity query.
 *
 * @param track         the file
 * @param status        whether it imported or failed
 * @param failureReason why it failed, when it did
 * @param flavorId      its flavor row id; null when it has no flavor row
 * @param version       the flavor algorithm version of that row
 * @param vector        its vector; null when it has none
 * @param noVector      why it has no vector, when it has a row without one
 */
public record StoredFlavor(
        FlavorTrack track,
        FileStatus status,
        String failureReason,
        Long flavorId,
        Integer version,
        float[] vector,
        String noVector) {}
