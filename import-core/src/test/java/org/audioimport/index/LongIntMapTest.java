package org.audioimport.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LongIntMapTest {

    @Test
    void agreesWithAHashMapThroughRandomPutsAndRemovals() {
        SplittableRandom random = new SplittableRandom(1);
        LongIntMap map = new LongIntMap(500);
        Map<Long, Integer> model = new HashMap<>();
        // Few distinct keys, so probe runs collide and removals must shift entries back.
        long[] keys = random.longs(700).toArray();
        for (int step = 0; step < 100_000; step++) {
            long key = keys[random.nextInt(keys.length)];
            if (random.nextBoolean() && (model.size() < 500 || model.containsKey(key))) {
                int value = random.nextInt(1_000_000);
                map.put(key, value);
                model.put(key, value);
            } else {
                map.remove(key);
                model.remove(key);
            }
            assertEquals(model.size(), map.size());
        }
        for (long key : keys) {
            assertEquals(model.getOrDefault(key, LongIntMap.MISSING), map.get(key));
        }
    }

    @Test
    void holdsKeysThatCollideOnTheLowBits() {
        LongIntMap map = new LongIntMap(100);
        for (int i = 0; i < 100; i++) {
            map.put((long) i << 40, i);
        }
        map.remove(50L << 40);

        assertEquals(99, map.size());
        assertEquals(LongIntMap.MISSING, map.get(50L << 40));
        assertEquals(99, map.get(99L << 40));
    }
}
