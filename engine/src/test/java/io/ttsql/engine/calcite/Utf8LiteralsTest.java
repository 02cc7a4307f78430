package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** String literals and function results are UTF-8 like the columns (saffron.properties), so they compare. */
class Utf8LiteralsTest {
  @TempDir Path dir;

  @Test
  void literalsCompareWithColumnsAndFunctionResults() throws Exception {
    // One allocation of 6144 bytes: kind 'alloc', bucket '4 KB – 8 KB' (an en dash, not Latin-1).
    try (QueryFixture q = QueryFixture.ofLog(dir, "debug.log",
        "✓ [PID 7] Allocated 6144 bytes of L1 on device 0 (buffer_id=0x18b20)")) {
      assertEquals("1", q.scalar("select count(*) from events where kind = 'alloc'"));
      assertEquals("1", q.scalar("select count(*) from events where size_bucket(size) = '4 KB – 8 KB'"));
      assertEquals("1", q.scalar("select count(*) from events where kind = lower('ALLOC') and buffer_type <> '✓'"));
    }
  }
}
