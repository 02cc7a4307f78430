package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * {@code --timeout} and {@code .timeout}: a statement that runs longer is stopped as an error, and
 * the run goes on with the next one, as after any error.
 */
class TimeoutCliTest extends TwoAllocationLogTest {
  /** Counts the rows of a recursion that never ends: without a timeout it never returns. */
  private static final String ENDLESS =
      "with recursive t(n) as (values (1) union all select n + 1 from t) select count(*) from t;";
  /** Far longer than a one-second timeout needs; without it these runs never end. */
  private static final Duration NEVER = Duration.ofSeconds(60);
  private static final String TIMED_OUT = "Error: Statement timed out: it ran longer than its query timeout of 1 s\n";

  @Test
  void aStatementPastTheTimeoutFailsAndTheScriptGoesOn() {
    CliRun run = assertTimeoutPreemptively(NEVER,
        () -> CliRun.of("--timeout", "1", "--format", "csv", "-c", ENDLESS + " select 2 as after;", log));
    assertEquals(1, run.status(), "a stopped statement is a failed one");
    assertEquals(TIMED_OUT, run.err());
    assertEquals("after\n2\n", run.out());
  }

  @Test
  void aStatementWithinTheTimeoutRunsWhole() {
    // The log's three events, counted in full.
    CliRun run = CliRun.of("--timeout", "60", "--format", "csv", "-c", "select count(*) as n from events", log);
    assertEquals(0, run.status(), run.err());
    assertEquals("n\n3\n", run.out());
  }

  @Test
  void theDotCommandSetsShowsAndTurnsOffTheTimeout() {
    CliRun run = assertTimeoutPreemptively(NEVER, () -> CliRun.withInput(
        ".timeout\n.timeout 1\n.timeout\n" + ENDLESS + "\n.timeout off\n.timeout\n.timeout soon\n", log));
    assertEquals(1, run.status());
    assertEquals("timeout: off\ntimeout: 1 s\nstdin:4: " + TIMED_OUT + "timeout: off\n"
        + "stdin:7: Error: usage: .timeout SECONDS, a whole number, or off (0) for no limit\n", run.err());
  }

  @Test
  void aTimeoutOrRowLimitThatIsNotAWholeNumberIsAUsageError() {
    for (String bad : new String[] {"-1", "1.5", "soon", "99999999999"}) {
      CliRun run = CliRun.of("--timeout", bad, "-c", "select 1", log);
      assertEquals(2, run.status(), bad);
      assertEquals("ttsql: --timeout wants a whole number of seconds, 0 for no limit, not " + bad + "\n",
          run.err().lines().findFirst().orElseThrow() + "\n");
    }
    CliRun rows = CliRun.of("--max-rows", "-5", "-c", "select 1", log);
    assertEquals(2, rows.status());
    assertEquals("ttsql: --max-rows wants a whole number, 0 for no limit, not -5", rows.err().lines().findFirst().orElseThrow());
  }
}
