package io.ttsql.engine.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The numbering of keys, checked against a map that numbers them the same way (first seen, next
 * number), across many growths of the table and with keys that differ in one long only.
 */
class KeyIndexTest {
  @Test
  void numbersKeysInFirstSeenOrderThroughGrowth() {
    SplittableRandom random = new SplittableRandom(11);
    KeyIndex index = new KeyIndex();
    Map<List<Long>, Integer> expected = new HashMap<>();
    for (int i = 0; i < 200_000; i++) {
      long a = random.nextInt(50);
      long b = random.nextBoolean() ? random.nextLong() : 0x1000L * random.nextInt(2000);
      int id = index.idOf(a, b);
      assertEquals(expected.computeIfAbsent(List.of(a, b), k -> expected.size()), id, "key " + a + ", " + b);
      assertEquals(a, index.first(id));
      assertEquals(b, index.second(id));
    }
    assertEquals(expected.size(), index.size());
    List<List<Long>> byId = new ArrayList<>(expected.keySet());
    byId.sort((x, y) -> Integer.compare(expected.get(x), expected.get(y)));
    for (int id = 0; id < byId.size(); id++) {
      assertEquals(byId.get(id), List.of(index.first(id), index.second(id)));
    }
  }

  @Test
  void nullableIntsRoundTrip() {
    for (int value : new int[] {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(value, KeyIndex.intOrNull(KeyIndex.nullableInt(false, value)));
    }
    assertNull(KeyIndex.intOrNull(KeyIndex.nullableInt(true, 7)));
  }
}
