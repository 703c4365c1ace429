/**
 * Background scans: when the next scan is due (an interval or a cron expression), the one-daemon-per-
 * catalogue lock, and the loop that runs one scan at a time until stopped. It decides when to scan,
 * never how: the scan itself is the pipeline's.
 */
package org.audioimport.schedule;
