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
    // 2147483 s, the longest timeout Calcite holds in int milliseconds, is taken; one second more
    // is refused, with the limit.
    CliRun run = assertTimeoutPreemptively(NEVER, () -> CliRun.withInput(
        ".timeout\n.timeout 1\n.timeout\n" + ENDLESS + "\n.timeout off\n.timeout\n.timeout soon\n"
            + ".timeout 2147483\n.timeout\n.timeout 2147484\n", log));
    assertEquals(1, run.status());
    String usage = "Error: usage: .timeout SECONDS, a whole number up to 2147483, or off (0) for no limit\n";
    assertEquals("timeout: off\ntimeout: 1 s\nstdin:4: " + TIMED_OUT + "timeout: off\n"
        + "stdin:7: " + usage + "timeout: 2147483 s\nstdin:10: " + usage, run.err());
  }

  @Test
  void aTimeoutOrRowLimitThatIsNotAWholeNumberIsAUsageError() {
    // 2147484 is a whole number, but one second more than the longest timeout Calcite holds (in
    // int milliseconds; 4294968 s used to wrap around to 0.7 s, and 2147483648 to overflow the int
    // of seconds): the message gives the limit.
    for (String bad : new String[] {"-1", "1.5", "soon", "2147484", "4294968", "2147483648", "99999999999999999999"}) {
      CliRun run = CliRun.of("--timeout", bad, "-c", "select 1", log);
      assertEquals(2, run.status(), bad);
      assertEquals("ttsql: --timeout wants a whole number of seconds up to 2147483, 0 for no limit, not " + bad + "\n",
          run.err().lines().findFirst().orElseThrow() + "\n");
    }
    CliRun rows = CliRun.of("--max-rows", "-5", "-c", "select 1", log);
    assertEquals(2, rows.status());
    assertEquals("ttsql: --max-rows wants a whole number, 0 for no limit, not -5", rows.err().lines().findFirst().orElseThrow());
  }
}
