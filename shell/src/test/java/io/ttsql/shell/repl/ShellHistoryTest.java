package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shell's history on a file it cannot use: said once, then kept in memory. */
class ShellHistoryTest {
  @TempDir Path dir;

  @Test
  void aFileThatCannotBeWrittenIsSaidOnceAndTheHistoryStaysInMemory() throws IOException {
    Path file = dir.resolve("history");
    try (Terminal terminal = terminal()) {
      ShellHistory history = attached(file, terminal);
      Files.createDirectory(file); // where the file would be written
      history.add(Instant.now(), "select 1;");
      history.add(Instant.now(), "select 2;");
      assertEquals("ttsql: history not saved: cannot write " + file + " (Is a directory)\n", report(history));
      assertEquals("", report(history));
      assertEquals(List.of("select 1;", "select 2;"), lines(history));
    }
  }

  @Test
  void aFolderIsNotReadAndSaidOnce() throws IOException {
    Path file = Files.createDirectory(dir.resolve("history"));
    try (Terminal terminal = terminal()) {
      ShellHistory history = attached(file, terminal);
      assertEquals("ttsql: history not saved: cannot read " + file + " (Is a directory)\n", report(history));
      history.add(Instant.now(), "select 1;");
      assertEquals("", report(history));
      assertEquals(List.of("select 1;"), lines(history));
    }
  }

  private static ShellHistory attached(Path file, Terminal terminal) {
    ShellHistory history = new ShellHistory(file);
    LineReader reader = LineReaderBuilder.builder()
        .terminal(terminal)
        .history(history)
        .variable(LineReader.HISTORY_FILE, file)
        .build();
    history.attach(reader);
    return history;
  }

  private static String report(ShellHistory history) {
    StringWriter text = new StringWriter();
    history.reportFailure(new PrintWriter(text));
    return text.toString();
  }

  private static List<String> lines(ShellHistory history) {
    return StreamSupport.stream(history.spliterator(), false).map(History.Entry::line).toList();
  }

  private static Terminal terminal() throws IOException {
    return TerminalBuilder.builder()
        .system(false)
        .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream())
        .type("dumb")
        .build();
  }
}
