package org.audioimport.identify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AcoustIdAnswerTest {
    private static final String FIRST = "11111111-1111-4111-8111-111111111111";
    private static final String TAGGED = "22222222-2222-4222-8222-222222222222";

    @Test
    void theBestResultIsTheHighestScoreAtOrAboveTheMinimum() {
        AcoustIdAnswer answer = new AcoustIdAnswer(
                List.of(result("low", 0.4, FIRST), result("high", 0.9, FIRST), result("middle", 0.6, FIRST)), "{}");

        assertEquals("high", answer.best(0.5).orElseThrow().acoustidId());
        assertEquals("high", answer.best(0.9).orElseThrow().acoustidId(), "the minimum itself is enough");
        assertEquals(Optional.empty(), answer.best(0.95));
        assertEquals(Optional.empty(), new AcoustIdAnswer(List.of(), "{}").best(0));
    }

    @Test
    void amongEqualScoresAResultWithRecordingsWins() {
        AcoustIdAnswer answer = new AcoustIdAnswer(
                List.of(result("with", 0.8, FIRST), result("without", 0.8), result("also without", 0.8)), "{}");

        assertEquals("with", answer.best(0.5).orElseThrow().acoustidId());
    }

    @Test
    void theRecordingTheTagsNameIsTakenWhenAcoustIdListsItElseTheFirst() {
        AcoustIdAnswer.Result result = result("track", 0.9, FIRST, TAGGED);

        assertEquals(Optional.of(TAGGED), AcoustIdAnswer.recordingOf(result, TAGGED));
        assertEquals(Optional.of(FIRST), AcoustIdAnswer.recordingOf(result, "33333333-3333-4333-8333-333333333333"));
        assertEquals(Optional.of(FIRST), AcoustIdAnswer.recordingOf(result, null));
        assertEquals(Optional.empty(), AcoustIdAnswer.recordingOf(result("bare", 0.9), TAGGED));
    }

    private static AcoustIdAnswer.Result result(String id, double score, String... recordings) {
        return new AcoustIdAnswer.Result(id, score, List.of(recordings));
    }
}
