package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scripts are UTF-8, from a file or stdin alike: a byte order mark is skipped, other text is refused naming the line. */
class ScriptEncodingTest {
  /** {@code select 'café' as a;} in Latin-1: é is the single byte 0xE9, which is no UTF-8. */
  private static final byte[] LATIN_1 = "select 1 as n;\nselect 'café' as a;\n".getBytes(StandardCharsets.ISO_8859_1);
  /** The UTF-8 byte order mark, then a statement. */
  private static final byte[] WITH_BOM = "\uFEFFselect 'café' as a;\n".getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;
  private String log;

  @BeforeEach
  void writeLog() {
    log = QueryFixture.writeLog(dir, "debug.log", "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)")
        .toString();
  }

  @Test
  void aScriptFileThatIsNotUtf8FailsNamingItsLine() throws Exception {
    Path script = Files.write(dir.resolve("lat.sql"), LATIN_1);
    CliRun run = CliRun.of("--format", "csv", "-f", script.toString(), log);
    assertEquals(2, run.status());
    // Line 1 is good UTF-8 and runs; line 2 holds the Latin-1 é.
    assertEquals("n\n1\n", run.out());
    assertEquals("ttsql: " + script + ": not UTF-8 text (line 2)\n", run.err());
  }

  @Test
  void standardInputThatIsNotUtf8FailsTheSameWay() {
    CliRun run = CliRun.withInput(LATIN_1, "--format", "csv", log);
    assertEquals(2, run.status());
    assertEquals("ttsql: stdin: not UTF-8 text (line 2)\n", run.err());
  }

  @Test
  void aByteOrderMarkIsSkippedInAFileAndOnStdin() throws Exception {
    Path script = Files.write(dir.resolve("bom.sql"), WITH_BOM);
    CliRun fromFile = CliRun.of("--format", "csv", "-f", script.toString(), log);
    assertEquals(0, fromFile.status(), fromFile.err());
    assertEquals("a\ncafé\n", fromFile.out());
    CliRun fromStdin = CliRun.withInput(WITH_BOM, "--format", "csv", log);
    assertEquals(0, fromStdin.status(), fromStdin.err());
    assertEquals("a\ncafé\n", fromStdin.out());
  }
}
