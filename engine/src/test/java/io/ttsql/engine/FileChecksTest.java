package io.ttsql.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why a file named on the command line cannot be read, in the words a person would use. */
class FileChecksTest {
  @TempDir Path dir;

  @Test
  void theUsualCasesKeepTheirWords() throws IOException {
    assertNull(FileChecks.whyUnreadable(Files.writeString(dir.resolve("run.log"), "x\n")));
    assertEquals("no such file", FileChecks.whyUnreadable(dir.resolve("missing.log")));
    assertEquals("is a directory", FileChecks.whyUnreadable(dir));
    // A link to nothing names no file either.
    Path dangling = Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("gone"));
    assertEquals("no such file", FileChecks.whyUnreadable(dangling));
  }

  @Test
  void aLoopOfLinksOrAnOverlongNameIsNotAMissingFile() throws IOException {
    // Each link points at the other, so following them never ends: the system gives up with ELOOP.
    // A name of 256 bytes is one more than a file name may have (ENAMETOOLONG). Both used to read
    // "no such file", as Files.exists says false on any error.
    Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
    Path loop = Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
    assertEquals("too many levels of symbolic links", FileChecks.whyUnreadable(loop));
    assertEquals("file name too long", FileChecks.whyUnreadable(dir.resolve("a".repeat(256))));
  }
}
