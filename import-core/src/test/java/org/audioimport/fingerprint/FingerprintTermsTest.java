package org.audioimport.fingerprint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FingerprintTermsTest {
    @Test
    void aShortFingerprintKeepsAllItsDistinctTermsSorted() {
        int[] raw = {0x7000_1234, 0x1000_0FFF, 0x7000_1FFF, 0x2345_6789};

        assertArrayEquals(new int[] {0x10000, 0x23456, 0x70001}, FingerprintTerms.of(raw));
    }

    @Test
    void aLongFingerprintKeepsTheSameNumberOfItsOwnTermsSorted() {
        int[] raw = randomItems(new SplittableRandom(1), 1000);

        int[] kept = FingerprintTerms.of(raw);

        assertEquals(FingerprintTerms.KEPT, kept.length);
        int[] all =
                Arrays.stream(raw).map(item -> item >>> 12).sorted().distinct().toArray();
        for (int term : kept) {
            assertTrue(Arrays.binarySearch(all, term) >= 0, "kept term " + term + " is not one of the file's");
        }
        assertArrayEquals(IntStream.of(kept).sorted().distinct().toArray(), kept);
    }

    @Test
    void twoCopiesThatShareMostItemsKeepMostlyTheSameTermsWhileUnrelatedOnesDoNot() {
        SplittableRandom random = new SplittableRandom(7);
        int[] original = randomItems(random, 1000);
        int[] copy = original.clone();
        for (int i = 0; i < copy.length; i += 5) {
            copy[i] = random.nextInt();
        }
        int[] unrelated = randomItems(random, 1000);

        int sharedByCopy = shared(FingerprintTerms.of(original), FingerprintTerms.of(copy));
        int sharedByUnrelated = shared(FingerprintTerms.of(original), FingerprintTerms.of(unrelated));

        assertTrue(sharedByCopy >= FingerprintTerms.KEPT / 2, "the copy shares " + sharedByCopy);
        assertTrue(sharedByUnrelated <= 4, "an unrelated file shares " + sharedByUnrelated);
    }

    private static int[] randomItems(SplittableRandom random, int count) {
        return random.ints(count).toArray();
    }

    private static int shared(int[] a, int[] b) {
        return (int) Arrays.stream(a)
                .filter(term -> Arrays.binarySearch(b, term) >= 0)
                .count();
    }
}
