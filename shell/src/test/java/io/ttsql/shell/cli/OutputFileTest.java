package io.ttsql.shell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code -o FILE}: never overwritten without {@code --force}, never through a symlink, never half written. */
class OutputFileTest {
  @TempDir Path dir;

  @Test
  void aStandardOutputThatCannotBeWrittenFails() throws Exception {
    // As `ttsql timeline -o - > /dev/full`: the error is reported, not lost in the PrintStream.
    PrintStream full = new PrintStream(new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException("No space left on device");
      }
    });
    CliArgs args = CliArgs.parse(new String[] {"timeline", "-o", "-"}, java.util.Set.of("timeline"));
    CliFailure failure = assertThrows(CliFailure.class, () -> OutputFile.of(args, "timeline").write("<svg/>", full));
    assertEquals("cannot write standard output", failure.getMessage());
  }

  @Test
  void anExistingFileIsKeptUnlessForced() throws Exception {
    Path file = dir.resolve("t.svg");
    Files.writeString(file, "mine");
    CliRun refused = CliRun.of("timeline", "-o", file.toString());
    assertEquals(2, refused.status());
    assertEquals("ttsql: " + file + " already exists (--force replaces it)\n", refused.err());
    assertEquals("mine", Files.readString(file));
    CliRun forced = CliRun.of("timeline", "--force", "-o", file.toString());
    assertEquals(0, forced.status(), forced.err());
    assertTrue(Files.readString(file).startsWith("<?xml"));
    assertEquals(List.of("t.svg"), names(), "no temporary file is left behind");
  }

  @Test
  void aSymlinkAtTheTargetIsNeverFollowed() throws Exception {
    Path elsewhere = dir.resolve("elsewhere.txt");
    Files.writeString(elsewhere, "keep");
    Path link = Files.createSymbolicLink(dir.resolve("t.svg"), elsewhere);
    assertEquals(2, CliRun.of("timeline", "-o", link.toString()).status());
    // A dangling link counts as a file too.
    Path dangling = Files.createSymbolicLink(dir.resolve("d.svg"), dir.resolve("missing"));
    assertEquals(2, CliRun.of("timeline", "-o", dangling.toString()).status());
    assertTrue(Files.notExists(dir.resolve("missing")));
    // With --force the link itself is replaced by the file; what it pointed at is untouched.
    assertEquals(0, CliRun.of("timeline", "--force", "-o", link.toString()).status());
    assertFalse(Files.isSymbolicLink(link));
    assertTrue(Files.readString(link).startsWith("<?xml"));
    assertEquals("keep", Files.readString(elsewhere));
  }

  @Test
  void aDashIsStandardOutputAndAFolderIsRefused() {
    CliRun out = CliRun.of("timeline", "-o", "-");
    assertEquals(0, out.status(), out.err());
    assertTrue(out.out().startsWith("<?xml"));
    CliRun folder = CliRun.of("timeline", "-o", dir.toString());
    assertEquals(2, folder.status());
    assertEquals("ttsql: " + dir + " is a directory; name a file after -o\n", folder.err());
  }

  @Test
  void aNameEndingInASlashIsAFolderNotAFileToCreate() throws Exception {
    // "report/" names a folder, as in the shell (echo > report/ fails): writing a file named
    // "report" instead, which Path.of does by dropping the slash, is not what was asked.
    String target = dir.resolve("report") + "/";
    CliRun run = CliRun.of("timeline", "-o", target);
    assertEquals(2, run.status());
    assertEquals("ttsql: " + target + " is a directory; name a file after -o\n", run.err());
    assertEquals(List.of(), names(), "nothing is written");
  }

  private List<String> names() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
