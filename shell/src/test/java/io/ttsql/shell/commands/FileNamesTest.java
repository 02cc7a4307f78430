package io.ttsql.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file names Tab offers, and what it costs in a big folder. */
class FileNamesTest {
  @TempDir
  Path dir;

  @Test
  void manyMatchesAreOfferedWithoutLookingEachUp() throws Exception {
    // One file system call per name made Tab wait for a million of them in a big folder (and hang on a
    // slow mount): past MOST_LOOKED_UP matches a folder is offered by its bare name, as the listing gives
    // it, and once the typed start narrows the matches, with its / again.
    Files.createDirectory(dir.resolve("run-folder"));
    for (int i = 0; i < FileNames.MOST_LOOKED_UP; i++) {
      Files.writeString(dir.resolve("run" + i + ".log"), "");
    }
    String folder = dir + "/";
    List<String> all = FileNames.completing(folder + "run");
    assertEquals(FileNames.MOST_LOOKED_UP + 1, all.size());
    assertTrue(all.contains(folder + "run-folder"), "not looked up: " + all.subList(0, 3));
    assertEquals(List.of(folder + "run-folder/"), FileNames.completing(folder + "run-"));
  }
}
