package org.audioimport.store;

import java.util.List;
import java.util.Map;

/** Counts of files by status, of artists, albums and tracks, and the most recent scans, newest first. */
public record CatalogueStatus(
        Map<String, Long> filesByStatus, long artists, long albums, long tracks, List<ScanSummary> recentScans) {}
