package org.audioimport.bench;

/** Hears the index benchmark's stages as they run; the builds take tens of seconds at the defaults. */
public interface IndexBenchListener {

    void stageStarted(String stage);

    /** How far a build has got, every tenth or so of its vectors. */
    void stageProgress(int done, int total);

    void stageFinished(double seconds);

    /** Hears nothing. */
    static IndexBenchListener silent() {
        return new IndexBenchListener() {
            @Override
            public void stageStarted(String stage) {}

            @Override
            public void stageProgress(int done, int total) {}

            @Override
            public void stageFinished(double seconds) {}
        };
    }
}
