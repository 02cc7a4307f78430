package io.ttsql.engine.export;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The hidden folder an export is written in, next to its target or inside it, deleted when the
 * export ends, and also when the JVM exits first (Ctrl-C or a polite kill stop {@code ttsql
 * export}): a half-written Parquet file left there would fail a later {@code
 * read_parquet('exports/**')}.
 */
final class StagingFolder implements AutoCloseable {
  /** Deletions tried at exit: the export's threads still run then, and may add a file between two. */
  private static final int TRIES_AT_EXIT = 10;

  /** Renames that put an export into place. */
  @FunctionalInterface
  interface Moves {
    void run() throws IOException;
  }

  private final Path path;
  private final Thread atExit = new Thread(this::abandon, "ttsql-export-cleanup");
  /** Set when the JVM exits before the export ends; guarded by this, as is the renaming into place. */
  private boolean abandoned;

  private StagingFolder(Path path) {
    this.path = path;
  }

  /**
   * A new, empty staging folder for {@code target}, deleted at exit unless closed before: inside
   * it when it is a folder already (which may be a mount point, or sit in a folder ttsql cannot
   * write in), else next to it.
   */
  static StagingFolder of(Path target) throws IOException {
    StagingFolder staging = new StagingFolder(create(target));
    try {
      Runtime.getRuntime().addShutdownHook(staging.atExit);
    } catch (IllegalStateException exiting) {
      // Stopped while the logs loaded: no hook would delete the folder, so none is left to delete.
      ExportFolders.deleteTree(staging.path);
      throw new InterruptedIOException("the export was interrupted");
    }
    return staging;
  }

  /** Makes and deletes a staging folder for {@code target}, so that a folder ttsql cannot write in fails at once. */
  static void check(Path target) throws IOException {
    Files.delete(create(target));
  }

  private static Path create(Path target) throws IOException {
    Path folder = Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) ? target : target.getParent();
    return Files.createTempDirectory(folder, "." + target.getFileName() + ExportFolders.STAGING_MARK);
  }

  Path path() {
    return path;
  }

  /** Moves the export into place, unless the JVM has begun to exit: then the export is no more. */
  synchronized void publish(Moves moves) throws IOException {
    if (abandoned) {
      throw new InterruptedIOException("the export was interrupted");
    }
    moves.run();
  }

  /** Deletes the folder and all in it, when the export has ended (or failed). */
  @Override
  public void close() throws IOException {
    try {
      Runtime.getRuntime().removeShutdownHook(atExit);
    } catch (IllegalStateException exiting) {
      return; // the hook deletes the folder
    }
    ExportFolders.deleteTree(path);
  }

  /** At exit: deletes the folder, after a rename into place that is under way, and lets none begin. */
  private synchronized void abandon() {
    abandoned = true;
    for (int i = 0; i < TRIES_AT_EXIT; i++) {
      try {
        ExportFolders.deleteTree(path);
        return;
      } catch (IOException e) {
        // A writer made a file after the folder was listed: list it again.
      }
    }
  }
}
