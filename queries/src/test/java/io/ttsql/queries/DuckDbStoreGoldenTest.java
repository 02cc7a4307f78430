package io.ttsql.queries;

import io.ttsql.engine.testing.QueryFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every golden answer of the saved queries again, with the tables in DuckDB ({@code
 * store=duckdb}): the same rows, as the README promises. Window functions (size-histogram,
 * unmatched-frees, leak-origins) and the stack functions (leak-stacks) failed there before. The
 * answers are written under {@code target/golden-duckdb/}, apart from the default store's.
 */
class DuckDbStoreGoldenTest {
  private static final Path LOGS = Path.of("src", "test", "resources", "golden");

  /** Each golden folder and the logs its answers are of. */
  private static final Map<String, String> LOGS_OF = Map.of(
      "server", LOGS.resolve("server.log").toString(),
      "debug", LOGS.resolve("tt_buffer_debug.log").toString(),
      "pair", "server=" + LOGS.resolve("pair-debug.log") + ";stacks=" + LOGS.resolve("pair-tt_buffer_debug.log"),
      "pair-appended", "server=" + LOGS.resolve("pair-debug.log") + ";stacks="
          + LOGS.resolve("pair-appended-tt_buffer_debug.log"),
      "runs", "before=" + LOGS.resolve("before.log") + ";after=" + LOGS.resolve("after.log"));

  static Stream<Arguments> goldenAnswers() throws IOException {
    List<Arguments> answers = new ArrayList<>();
    for (String dir : LOGS_OF.keySet()) {
      try (Stream<Path> files = Files.list(LOGS.resolve(dir))) {
        files.map(f -> f.getFileName().toString().replaceFirst("\\.out$", "")).sorted()
            .forEach(query -> answers.add(Arguments.of(dir, query)));
      }
    }
    return answers.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("goldenAnswers")
  void theDuckDbStoreGivesTheGoldenAnswer(String dir, String query) throws Exception {
    Properties info = new Properties();
    info.setProperty("store", "duckdb");
    try (QueryFixture logs = QueryFixture.open(LOGS_OF.get(dir), info)) {
      GoldenFiles.checkQuery(logs, dir, query, Map.of(), "golden-duckdb");
    }
  }
}
