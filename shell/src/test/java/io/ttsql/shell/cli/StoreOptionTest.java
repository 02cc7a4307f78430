package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --store duckdb}: the same answers and dot commands as the default store; a wrong name is a usage error. */
class StoreOptionTest {
  @TempDir Path dir;

  @Test
  void theDuckDbStoreAnswersLikeTheDefaultOne() {
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    String script = "select end_reason, count(*) as n, sum(size) as bytes from lifetimes group by end_reason order by 1;\n"
        + ".sources\n";
    CliRun memory = CliRun.withInput(script, "--format", "csv", log);
    CliRun duckdb = CliRun.withInput(script, "--format", "csv", "--store", "duckdb", log);
    assertEquals(0, duckdb.status(), duckdb.err());
    assertEquals("end_reason,n,bytes\nend_of_log,1,65536\nfreed,3,3160064\nprocess_exit,1,32768\n",
        duckdb.out().substring(0, duckdb.out().indexOf("file,")));
    // .sources lists the same file, format and counts (load_millis aside, the last column).
    assertEquals(memory.out().replaceAll(",\\d+\n", "\n"), duckdb.out().replaceAll(",\\d+\n", "\n"));
  }

  @Test
  void windowFunctionsGiveTheSameAnswerOnTheDuckDbStore() {
    // Window functions are evaluated by Calcite over the rows DuckDB returns (pushed down, they
    // failed to plan): the running sum of sizes per device is the same with either store. A header
    // and the 11 events.
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    String script = "select seq, sum(size) over (partition by device order by seq) as held from events order by seq;\n";
    CliRun memory = CliRun.withInput(script, "--format", "csv", log);
    CliRun duckdb = CliRun.withInput(script, "--format", "csv", "--store", "duckdb", log);
    assertEquals(0, duckdb.status(), duckdb.err());
    assertEquals(memory.out(), duckdb.out());
    assertEquals(12, duckdb.out().lines().count(), duckdb.out());
  }

  @Test
  void aSavedQueryRunsOnTheDuckDbStore() {
    // net-leaks on the same log gives the same rows from either store; the log leaks (see
    // ExportLogs), so --fail-if-rows exits 3 on both.
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    CliRun memory = CliRun.of("run", "net-leaks", "--format", "csv", "--fail-if-rows", log);
    CliRun duckdb = CliRun.of("run", "net-leaks", "--format", "csv", "--fail-if-rows", "--store", "duckdb", log);
    assertEquals(3, memory.status(), memory.err());
    assertEquals(3, duckdb.status(), duckdb.err());
    assertEquals(memory.out(), duckdb.out());
  }

  @Test
  void anUnknownStoreExitsTwo() {
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    CliRun run = CliRun.of("--store", "redis", "-c", "select 1", log);
    assertEquals(2, run.status());
    assertEquals("ttsql: unknown store redis: use memory or duckdb\n", run.err());
  }
}
