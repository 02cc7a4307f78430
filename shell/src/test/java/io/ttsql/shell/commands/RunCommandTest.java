package io.ttsql.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.queries.QueryLibrary;
import org.junit.jupiter.api.Test;

/** {@code .run}: what Tab offers after it. */
class RunCommandTest {
  @Test
  void tabCompletesTheQueryNames() {
    DotCommand run = DotCommands.standard().named("run").orElseThrow();
    assertEquals(QueryLibrary.standard().names(), run.completions(null));
  }
}
