package org.audioimport.segment;

/**
 * The smallest magnitude that counts as sound in a file of a given peak. It never falls as the peak rises,
 * so the threshold of the peak so far is the lowest the file's threshold can still turn out to be.
 */
@FunctionalInterface
interface SoundThreshold {
    float of(float peak);
}
