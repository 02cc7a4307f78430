package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB stays out of ordinary queries: its first connection unpacks a 72 MB native library, so a
 * fresh {@code ttsql -c} must not load a single DuckDB class, while {@code ttsql export} does.
 */
class LazyDuckDbTest {
  @TempDir Path dir;

  /** Runs {@code ttsql args} in a new JVM that logs every class it loads; returns that log. */
  private static String classesLoaded(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), out);
    return out;
  }

  @Test
  void aQueryLoadsNoDuckDbClassAndAnExportDoes() throws Exception {
    String log = QueryFixture.writeLog(dir, "debug.log",
        "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)").toString();
    String query = classesLoaded("-c", "select count(*) from lifetimes", log);
    assertTrue(query.contains("io.ttsql.engine.analysis.LifetimePairer"), "the query ran");
    assertFalse(query.contains("org.duckdb."), "a DuckDB class was loaded for a query");
    String export = classesLoaded("export", log, "--to", dir.resolve("run.duckdb").toString());
    assertTrue(export.contains("org.duckdb.DuckDBNative"), "the export loaded DuckDB");
  }
}
