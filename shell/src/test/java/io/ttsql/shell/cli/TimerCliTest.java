package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code .timer}: its line follows every format, on stderr when the data itself is on stdout. */
class TimerCliTest {
  private static final String TIMED_ONE_ROW = "1 row in \\d+\\.\\d{3} s\n";

  @Test
  void dataFormatsKeepStdoutCleanAndTimeOnStderr() {
    for (String format : new String[] {"csv", "tsv", "json", "jsonl", "markdown"}) {
      CliRun run = CliRun.withInput(".timer on\nselect 1 as n;\n", "--format", format);
      assertEquals(0, run.status(), run.err());
      assertTrue(!run.out().contains(" row"), format + ": " + run.out());
      assertTrue(run.err().matches("(?s).*\n" + TIMED_ONE_ROW), format + ": " + run.err());
    }
  }

  @Test
  void tableFooterCarriesTheTime() {
    CliRun run = CliRun.withInput(".timer on\nselect 1 as n;\n");
    assertTrue(run.out().matches("(?s).*└───┘\n" + TIMED_ONE_ROW), run.out());
  }

  @Test
  void timerAloneSaysWhetherItIsOn() {
    // Scripts start with the timer off (their output must not change from run to run).
    CliRun run = CliRun.withInput(".timer\n.timer on\n.timer\n.bail\n");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().endsWith("timer: off\ntimer: on\nbail: off\n"), run.err());
  }
}
