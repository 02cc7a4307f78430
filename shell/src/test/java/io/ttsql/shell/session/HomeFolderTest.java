package io.ttsql.shell.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ttsql.engine.testing.QueryFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ~} is {@code $HOME}, as in a shell, even where Java was told another home. */
class HomeFolderTest {
  @TempDir Path dir;

  @Test
  void tildeIsTheHomeOfTheEnvironment() throws IOException, InterruptedException {
    // A real ttsql process whose HOME is a folder of this test holding x.sql; Java's user.home
    // (from the password file) is elsewhere, so only $HOME finds the script.
    Path home = Files.createDirectory(dir.resolve("home"));
    Files.writeString(home.resolve("x.sql"), "select 42 as n;\n", StandardCharsets.UTF_8);
    Path log = QueryFixture.writeLog(dir, "debug.log", "✓ [PID 7] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)");
    ProcessBuilder ttsql = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-Duser.home=" + dir.resolve("elsewhere"),
        "io.ttsql.shell.cli.Main", "--format", "csv", "-c", ".read ~/x.sql", log.toString());
    ttsql.environment().put("HOME", home.toString());
    ttsql.redirectError(ProcessBuilder.Redirect.DISCARD);
    Process run = ttsql.start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), out);
    assertEquals(List.of("n", "42"), out.lines().toList());
  }
}
