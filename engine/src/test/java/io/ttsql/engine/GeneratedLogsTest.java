package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.samples.GeneratedRun;
import io.ttsql.samples.GeneratorConfig;
import io.ttsql.samples.LogGenerator;
import io.ttsql.samples.LogTruth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Generated logs, loaded through the engine, hold exactly what the generator says it wrote. */
class GeneratedLogsTest {
  @TempDir Path dir;

  /** A small run with every feature frequent enough to appear: deaths, statistics, decimal ids. */
  private static GeneratorConfig small(long seed) {
    return GeneratorConfig.of(seed, 3000).withProcesses(3).withStatsEvery(500).withExitEvery(700).withDecimalIds(0.2);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 42, 20_251_125, -7})
  void engineFindsWhatTheGeneratorWrote(long seed) throws Exception {
    Path server = dir.resolve("debug.log");
    Path debug = dir.resolve("tt_buffer_debug.log");
    GeneratedRun run = LogGenerator.generate(small(seed), server, debug);
    assertMatches(server, run.server(), seed);
    assertMatches(debug, run.debug(), seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {5, 77})
  void aRunWithItsLeaksFixedHoldsWhatTheGeneratorSays(long seed) throws Exception {
    Path server = dir.resolve("after.log");
    Path debug = dir.resolve("after_tt_buffer_debug.log");
    GeneratedRun run = LogGenerator.generate(small(seed).withLeaksFixed(), server, debug);
    assertMatches(server, run.server(), seed);
    assertMatches(debug, run.debug(), seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {3, 99})
  void sameSeedGivesTheSameBytes(long seed) throws IOException {
    byte[][] first = both(small(seed));
    byte[][] second = both(small(seed));
    assertArrayEquals(first[0], second[0], "server log, seed " + seed);
    assertArrayEquals(first[1], second[1], "debug log, seed " + seed);
    ByteArrayOutputStream alone = new ByteArrayOutputStream();
    LogGenerator.generate(small(seed), alone, null);
    assertArrayEquals(first[0], alone.toByteArray(), "server log written without the debug log, seed " + seed);
    assertFalse(Arrays.equals(first[0], both(small(seed + 1))[0]), "seeds " + seed + " and " + (seed + 1));
  }

  private static byte[][] both(GeneratorConfig config) throws IOException {
    ByteArrayOutputStream server = new ByteArrayOutputStream();
    ByteArrayOutputStream debug = new ByteArrayOutputStream();
    LogGenerator.generate(config, server, debug);
    return new byte[][] {server.toByteArray(), debug.toByteArray()};
  }

  private static void assertMatches(Path log, LogTruth truth, long seed) throws Exception {
    String context = "seed " + seed + ", " + log.getFileName();
    long events = truth.events().values().stream().mapToLong(Long::longValue).sum();
    try (QueryFixture q = QueryFixture.open(log.toString())) {
      assertEquals(
          List.of("lines=" + truth.lines() + "; events=" + events + "; parse_errors=0"),
          q.rows("select lines, events, parse_errors from sources"), context);
      assertEquals(rows("kind", truth.events()),
          q.rows("select kind, count(*) as n from events group by kind order by kind"), context);
      assertEquals(rows("end_reason", truth.lifetimes()),
          q.rows("select end_reason, count(*) as n from lifetimes group by end_reason order by end_reason"), context);
      assertEquals(String.valueOf(truth.overlapped()), q.scalar("select count(*) from lifetimes where overlapped"),
          context);
      assertEquals(String.valueOf(truth.unmatchedFrees()), q.scalar("select count(*) from unmatched_frees"), context);
    }
  }

  /** The rows a {@code GROUP BY} of {@code counts} (sorted by key) returns through QueryFixture. */
  private static List<String> rows(String column, Map<String, Long> counts) {
    List<String> rows = new ArrayList<>();
    counts.forEach((key, n) -> rows.add(column + "=" + key + "; n=" + n));
    return rows;
  }
}
