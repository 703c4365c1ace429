package org.audioimport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StageProgressTest {

    @Test
    void onATerminalCountsUpInPlaceThenEndsTheLineWithTheTime() {
        StringWriter err = new StringWriter();
        StageProgress progress = new StageProgress(new PrintWriter(err), true);

        progress.stageStarted("building");
        progress.stageProgress(50, 200);
        progress.stageFinished(1.25);

        assertEquals(
                "\raudio-import: building...\raudio-import: building... 25%\raudio-import: building: 1.3 s      "
                        + System.lineSeparator(),
                err.toString());
    }

    @Test
    void elsewhereWritesOneLinePerStageOnceItIsDone() {
        StringWriter err = new StringWriter();
        StageProgress progress = new StageProgress(new PrintWriter(err), false);

        progress.stageStarted("building");
        progress.stageProgress(50, 200);
        progress.stageFinished(2);

        assertEquals("audio-import: building: 2.0 s" + System.lineSeparator(), err.toString());
    }
}
