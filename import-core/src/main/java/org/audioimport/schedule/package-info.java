/**
 * Background scans: when the next scan is due (an interval or a cron expression, a request, or folders
 * that changed and settled), the one-daemon-per-catalogue lock, and the loop that runs one scan at a time
 * until stopped, merging the requests that wait. It decides when and what to scan, never how: the scan
 * itself is the pipeline's.
 */
package org.audioimport.schedule;
