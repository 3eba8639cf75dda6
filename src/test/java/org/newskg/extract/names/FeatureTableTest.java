package org.newskg.extract.names;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key table gives each new key the next row, finds every key after growing, and knows no others. */
class FeatureTableTest {

    private static long[] distinctKeys(int n, long seed) {
        Random random = new Random(seed);
        Set<Long> keys = new LinkedHashSet<>();
        while (keys.size() < n) {
            keys.add(CharFeatures.key(random.nextInt(24), random.nextLong(), random.nextLong()));
        }
        return keys.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void rowsInOrderOfFirstAddingAndTheSameRowAgain() {
        FeatureTable table = new FeatureTable(4);
        long[] keys = distinctKeys(5000, 1); // far past the first capacity: the table grows many times
        for (int r = 0; r < keys.length; r++) {
            assertEquals(r, table.add(keys[r]));
        }
        assertEquals(keys.length, table.size());
        for (int r = 0; r < keys.length; r++) {
            assertEquals(r, table.add(keys[r]), "adding again");
            assertEquals(r, table.get(keys[r]), "after growing");
        }
        assertArrayEquals(keys, table.keysByRow());
    }

    @Test
    void unknownKeysHaveNoRow() {
        long[] keys = distinctKeys(3000, 2);
        FeatureTable table = FeatureTable.of(java.util.Arrays.copyOf(keys, 1000));
        assertEquals(0, table.get(keys[0]));
        assertEquals(999, table.get(keys[999]));
        for (int i = 1000; i < keys.length; i++) {
            assertEquals(-1, table.get(keys[i]));
        }
        assertEquals(-1, new FeatureTable(16).get(keys[0]));
    }
}
