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
  void aQueryCalciteCannotPlanOnTheDuckDbStoreIsOneStatementsError() {
    // Calcite fails to plan window functions over the DuckDB store with an AssertionError: the
    // shell reports it as that statement's error, in one line, runs the next statement, and the
    // script ends with the SQL error status (1). The count is the log's 10 events: 5 allocations,
    // 3 frees, 1 unknown free and 1 process exit.
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    String script = "select seq, sum(size) over (partition by device order by seq) as held from events;\n"
        + "select count(*) as n from events;\n";
    CliRun run = CliRun.withInput(script, "--format", "csv", "--store", "duckdb", log);
    assertEquals(1, run.status(), run.err());
    assertEquals(1, run.err().lines().filter(l -> l.contains("AssertionError")).count(), run.err());
    assertEquals(false, run.err().contains("\tat "), "no stack trace: " + run.err());
    assertEquals("n\n10\n", run.out());
  }

  @Test
  void anUnknownStoreExitsTwo() {
    String log = QueryFixture.writeLog(dir, "debug.log", ExportLogs.SERVER.toArray(String[]::new)).toString();
    CliRun run = CliRun.of("--store", "redis", "-c", "select 1", log);
    assertEquals(2, run.status());
    assertEquals("ttsql: unknown store redis: use memory or duckdb\n", run.err());
  }
}
