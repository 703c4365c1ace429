package org.audioimport.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import org.audioimport.pipeline.FileOutcome;
import org.audioimport.schedule.ScanRequest;
import org.junit.jupiter.api.Test;

/**
 * The status of a scan as the daemon reports it: the files a stat settled count as done in one go, so a
 * rescan whose files are all unchanged but two reaches "finishing" when those two are imported; counts
 * that come with no scan running are ignored.
 */
class ScanProgressTest {

    @Test
    void unchangedFilesCountAsDoneAndTheScanFinishesWhenTheRestIsImported() {
        try (ScanProgress progress = new ScanProgress(new EventHub(Duration.ofSeconds(15), 1))) {
            progress.unchanged(5);
            progress.begin(ScanRequest.everything("api"));
            progress.started(10, 2);
            progress.unchanged(8);
            ObjectNode halfway = progress.scanJson();
            assertEquals(8, halfway.get("files_done").asInt());
            assertEquals("importing", halfway.get("phase").asText());
            progress.fileDone(new FileOutcome.Imported(Path.of("/music/a.flac")));
            progress.fileDone(new FileOutcome.Updated(Path.of("/music/b.flac")));
            ObjectNode done = progress.scanJson();
            assertEquals(10, done.get("files_total").asInt());
            assertEquals(10, done.get("files_done").asInt());
            assertEquals("finishing", done.get("phase").asText());
        }
    }
}
