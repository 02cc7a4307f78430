package io.ttsql.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.queries.QueryLibrary;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code .run}: what Tab offers after it. */
class RunCommandTest {
  @Test
  void tabCompletesTheQueryNamesThenTheirParameters() {
    DotCommand run = DotCommands.standard().named("run").orElseThrow();
    assertEquals(QueryLibrary.standard().names(), run.completions(null, List.of(), ""));
    assertEquals(List.of("server=", "stacks=", "--sql"), run.completions(null, List.of("leak-origins"), ""));
    assertEquals(List.of("stacks="), run.completions(null, List.of("leak-origins", "server=a", "--sql"), ""));
    assertEquals(List.of(), run.completions(null, List.of("no-such-query"), ""));
  }
}
