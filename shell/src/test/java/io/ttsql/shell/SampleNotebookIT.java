package io.ttsql.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the code cells of {@code samples/notebook.ipynb} with Python, JPype and pandas, against
 * {@code shell/target/ttsql.jar} (so it runs after {@code package}, in Maven's integration-test
 * phase). Skipped, saying so, where no python3 can import jpype and pandas: {@code .ci/run}
 * installs Debian's {@code python3-jpype} and {@code python3-pandas} when apt-get can.
 */
class SampleNotebookIT {
  /** Debian's interpreter first: the apt packages install for it, not for a python3 earlier on PATH. */
  private static final List<String> PYTHONS = List.of("/usr/bin/python3", "python3");
  private static final long TIMEOUT_MINUTES = 5;

  @TempDir Path work;

  @Test
  void theNotebookRunsBothRoutesAndGetsTheSameAnswers() throws Exception {
    Optional<String> python = pythonWithJpypeAndPandas();
    if (python.isEmpty()) {
      System.err.println("SampleNotebookIT skipped: no python3 that imports jpype and pandas"
          + " (apt-get install python3-jpype python3-pandas)");
    }
    assumeTrue(python.isPresent(), "no python3 that imports jpype and pandas (apt-get install python3-jpype python3-pandas)");
    Path root = Path.of("").toAbsolutePath().getParent();
    assertTrue(Files.isRegularFile(root.resolve("shell/target/ttsql.jar")), "run after package: shell/target/ttsql.jar is missing");
    Path log = QueryFixture.writeLog(work, "debug.log", ExportLogs.SERVER.toArray(String[]::new));

    ProcessBuilder builder = new ProcessBuilder(python.get(), runner().toString(), "notebook.ipynb")
        .directory(root.resolve("samples").toFile())
        .redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("TTSQL_LOG", log.toString());
    env.put("TTSQL_WORK", work.toString());
    // The same Java for JPype and for the notebook's `java -jar ttsql.jar export`.
    String javaHome = System.getProperty("java.home");
    env.put("JAVA_HOME", javaHome);
    env.put("PATH", Path.of(javaHome, "bin") + File.pathSeparator + env.getOrDefault("PATH", ""));
    String out = run(builder);

    assertTrue(out.contains("    end_of_log        1    65536\n"), out);
    assertTrue(out.contains("process_exit        1    32768\n"), out);
    assertTrue(out.contains("wrote " + work.resolve("ttsql-notebook.duckdb") + " (DuckDB database): schema main: 11 events"), out);
    assertTrue(out.contains("'lifetimes.parquet'"), out);
    assertTrue(out.contains("0        DRAM        1  65536\n1          L1        1  32768\n"), out);
  }

  private static String run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
    }
    String out = new String(output, StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    return out;
  }

  private static Path runner() throws URISyntaxException {
    return Path.of(SampleNotebookIT.class.getResource("run_notebook.py").toURI());
  }

  private static Optional<String> pythonWithJpypeAndPandas() throws InterruptedException {
    for (String python : PYTHONS) {
      try {
        Process probe = new ProcessBuilder(python, "-c", "import jpype, jpype.dbapi2, pandas")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (probe.waitFor() == 0) {
          return Optional.of(python);
        }
      } catch (IOException notInstalled) {
        // try the next interpreter
      }
    }
    return Optional.empty();
  }
}
