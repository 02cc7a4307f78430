package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ttsql.engine.LoadProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** Loading the logs of a command line or of {@code .open}. */
class LogConnectorTest {
  @Test
  void aLoadStoppedByCtrlCFailsAsAnSqlError() throws Exception {
    // .open passes "Ctrl-C was pressed since it started": loading the bundled sample stops at its
    // first progress report, and the failure says so; nothing else is printed.
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    LogConnector connector = new LogConnector(CliArgs.parse(new String[0], Set.of()),
        new PrintStream(messages, true, StandardCharsets.UTF_8), false, () -> 0);
    CliFailure failure = assertThrows(CliFailure.class, () -> connector.connect(List.of(), () -> true));
    assertEquals("loading canceled", failure.getMessage());
    assertEquals(ExitCode.SQL_ERROR, failure.exitCode());
    assertEquals("", messages.toString(StandardCharsets.UTF_8));
  }

  @Test
  void ctrlCStopsTheDuckDbStoresCopyToo() {
    // .open on the DuckDB store copies the parsed logs into DuckDB, seconds a million events: the
    // stop was asked only while the logs were read, so Ctrl-C went unseen once they were.
    LoadProgress progress = LogConnector.progress(null, () -> true);
    assertThrows(CancellationException.class, () -> progress.copiedToDuckDb(2048, 4096));
    assertThrows(CancellationException.class, () -> progress.update("debug.log", 0, 100, 0));
  }
}
