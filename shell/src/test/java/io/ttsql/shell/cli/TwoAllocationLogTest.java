package io.ttsql.shell.cli;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** CLI tests over {@link CliRun#twoAllocationsOneFreed}'s log, written afresh in a temporary folder for each test. */
abstract class TwoAllocationLogTest {
  @TempDir Path dir;
  /** The log's path. */
  String log;

  @BeforeEach
  void writeLog() {
    log = CliRun.twoAllocationsOneFreed(dir);
  }
}
