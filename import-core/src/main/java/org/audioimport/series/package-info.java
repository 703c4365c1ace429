/**
 * Series: arrays indexed by time (a value per 10 ms window, per 100 ms sub-block) that a phase fills
 * while a file streams and reads back at its end, in a fixed amount of memory whatever the file's
 * length. The first pages stay in memory; a longer file's older pages go to a temporary file,
 * unlinked as soon as it is opened, so that the values stay exact at any length without the memory
 * growing with it.
 */
package org.audioimport.series;
