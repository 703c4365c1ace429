package org.audioimport.http;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.audioimport.schedule.ScanLoop;
import org.audioimport.schedule.ScanRequest;

/** What the API may ask of the daemon's scans: the only way a client changes anything. */
public interface ScanControl {
    /** The configured roots, absolute and normalised. */
    List<Path> roots();

    /** A scan now, or queued behind the running one. */
    ScanLoop.Accepted request(ScanRequest request);

    /** Stops the running scan as Ctrl-C does; false when none runs. */
    boolean cancel();

    Optional<ZonedDateTime> nextScheduledScan();
}
