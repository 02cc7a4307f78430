package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code [NAME=]LOG} arguments are read: schema names, and paths that hold {@code =}. */
class LogArgumentsCliTest {
  private static final String ONE_ALLOCATION = "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)";

  @TempDir Path dir;
  private String log;

  @BeforeEach
  void writeLog() {
    log = QueryFixture.writeLog(dir, "debug.log", ONE_ALLOCATION).toString();
  }

  @Test
  void schemaNamesThatDifferOnlyInCaseAreRefusedBeforeLoading() {
    // SQL names are case-insensitive, so a.events and A.events would be one table and a log would be lost.
    CliRun run = CliRun.of("-c", "select 1", "a=" + log, "A=" + dir.resolve("missing.log"));
    assertEquals(2, run.status());
    assertEquals("ttsql: schema names a and A differ only in case, which SQL does not tell apart\n", run.err());
  }

  @Test
  void theSameNameTwiceStillLoadsBothFilesIntoOneSchema() {
    String other = QueryFixture.writeLog(dir, "other.log", ONE_ALLOCATION).toString();
    CliRun run = CliRun.of("--format", "csv", "-c", "select count(*) as n from a.sources", "a=" + log, "a=" + other);
    assertEquals(0, run.status(), run.err());
    assertEquals("n\n2\n", run.out());
  }

  @Test
  void anExistingFileWhoseNameHoldsAnEqualsSignIsAPath() {
    String odd = QueryFixture.writeLog(dir, "we=ird.log", ONE_ALLOCATION).toString();
    CliRun run = CliRun.of("--format", "csv", "-c", "select file, events from main.sources", odd);
    assertEquals(0, run.status(), run.err());
    assertEquals("file,events\n" + odd + ",1\n", run.out());
  }

  @Test
  void theDuckDbStoreRefusesASchemaNameDuckDbKeeps() {
    CliRun run = CliRun.of("--store", "duckdb", "-c", "select 1", "temp=" + log);
    assertEquals(2, run.status());
    assertEquals("ttsql: schema name temp is reserved in a DuckDB database; choose another NAME=\n", run.err());
  }
}
