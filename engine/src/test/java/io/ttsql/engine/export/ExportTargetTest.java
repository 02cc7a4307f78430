package io.ttsql.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.ttsql.engine.export.ExportTarget.Format;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The target rules of an export: file or folder, no overwrite without force, no links, all or nothing. */
class ExportTargetTest {
  @TempDir Path dir;

  private String at(String name) {
    return dir.resolve(name).toString();
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /** The names in {@code folder}, sorted: staging folders would show here. */
  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void dotDuckdbIsADatabaseFileAndAnythingElseAParquetFolder() throws IOException {
    assertEquals(Format.DUCKDB, ExportTarget.of(at("run.duckdb"), false).format());
    assertEquals(Format.DUCKDB, ExportTarget.of(at("RUN.DuckDB"), false).format());
    assertEquals(Format.PARQUET, ExportTarget.of(at("run"), false).format());
    assertEquals(Format.PARQUET, ExportTarget.of(at("run.duckdb") + "/", false).format());
    Files.createDirectory(dir.resolve("folder.duckdb"));
    assertEquals(Format.PARQUET, ExportTarget.of(at("folder.duckdb"), false).format());
    FileSystemException parquet = assertThrows(FileSystemException.class, () -> ExportTarget.of(at("run.parquet"), false));
    assertEquals(at("run.parquet") + ": a Parquet export is a folder with one file per table: name the folder",
        parquet.getMessage());
  }

  @Test
  void anExistingTargetIsRefusedWithoutForce() throws IOException {
    write(dir.resolve("run.duckdb"), "old");
    FileAlreadyExistsException e = assertThrows(FileAlreadyExistsException.class, () -> ExportTarget.of(at("run.duckdb"), false));
    assertEquals(at("run.duckdb") + ": already exists", e.getMessage());
    Files.createDirectory(dir.resolve("out"));
    write(dir.resolve("out/events.parquet"), "old");
    assertThrows(FileAlreadyExistsException.class, () -> ExportTarget.of(at("out"), false));
    // An empty folder holds nothing to overwrite.
    Files.createDirectory(dir.resolve("empty"));
    assertEquals(Format.PARQUET, ExportTarget.of(at("empty"), false).format());
  }

  @Test
  void forceReplacesAFileInOneRenameAndMovesItsStaleWriteAheadLogAway() throws Exception {
    write(dir.resolve("run.duckdb"), "old");
    write(dir.resolve("run.duckdb.wal"), "old log");
    ExportTarget.of(at("run.duckdb"), true).write(staged -> write(staged, "new"));
    assertEquals("new", Files.readString(dir.resolve("run.duckdb")));
    assertEquals(List.of("run.duckdb"), names(dir));
  }

  @Test
  void forceReplacesOnlyAFolderThatHoldsAnExport() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out/before"));
    write(dir.resolve("out/events.parquet"), "old");
    write(out.resolve("frames.parquet"), "old");
    ExportTarget.of(at("out"), true).write(staged -> {
      Files.createDirectory(staged);
      write(staged.resolve("lifetimes.parquet"), "new");
    });
    assertEquals(List.of("lifetimes.parquet"), names(dir.resolve("out")));
    assertEquals(List.of("out"), names(dir));

    write(dir.resolve("out/notes.txt"), "mine");
    FileSystemException e = assertThrows(FileSystemException.class, () -> ExportTarget.of(at("out"), true));
    assertEquals(at("out") + ": holds notes.txt, so it is not a ttsql Parquet export; ttsql will not replace it", e.getMessage());
  }

  @Test
  void aFolderThatIsThereIsWrittenIntoNotReplaced() throws Exception {
    // A folder given as the target (a container's mounted volume, a folder made for the user in a
    // folder they may not write in) stays the same folder, and the export is staged inside it: a
    // mount point cannot be renamed, and the folder around it may be read-only or elsewhere.
    Path out = Files.createDirectory(dir.resolve("out"));
    Object folder = Files.readAttributes(out, BasicFileAttributes.class).fileKey();
    for (boolean force : new boolean[] {false, true}) {
      ExportTarget.of(at("out"), force).write(staged -> {
        assertEquals(out, staged.getParent().getParent(), "staged inside the folder");
        Files.createDirectory(staged);
        write(staged.resolve(force ? "lifetimes.parquet" : "events.parquet"), "new");
      });
      assertEquals(folder, Files.readAttributes(out, BasicFileAttributes.class).fileKey());
    }
    assertEquals(List.of("lifetimes.parquet"), names(out), "the forced export replaced the first");
    assertEquals(List.of("out"), names(dir));
  }

  @Test
  void aMoveThatFailsIntoAFolderThatIsThereLeavesItsEarlierExport() throws Exception {
    // Into a folder that is there, the old files go into the staging folder and the new ones in,
    // one by one. When a move failed, the staging folder was deleted with the old files in it: the
    // earlier export was lost, with only part of the new one in its place. Here a new file named as
    // the staging folder cannot be moved onto that folder (a rename of a file onto a folder fails),
    // standing in for any rename that fails, as on a nested mount.
    Path out = Files.createDirectory(dir.resolve("out"));
    write(out.resolve("lifetimes.parquet"), "old");
    assertThrows(IOException.class, () -> ExportTarget.of(at("out"), true).write(staged -> {
      Files.createDirectory(staged);
      write(staged.resolve("events.parquet"), "new");
      write(staged.resolve(staged.getParent().getFileName().toString()), "new");
    }));
    assertEquals(List.of("lifetimes.parquet"), names(out), "the earlier export, and nothing of the new one");
    assertEquals("old", Files.readString(out.resolve("lifetimes.parquet")));
  }

  @Test
  void aSymbolicLinkIsNeverFollowedNorReplaced() throws IOException {
    Path real = dir.resolve("real.duckdb");
    write(real, "precious");
    Files.createSymbolicLink(dir.resolve("link.duckdb"), real);
    Files.createSymbolicLink(dir.resolve("dangling.duckdb"), dir.resolve("nowhere.duckdb"));
    for (String link : List.of("link.duckdb", "dangling.duckdb")) {
      FileSystemException e = assertThrows(FileSystemException.class, () -> ExportTarget.of(at(link), true));
      assertEquals(at(link) + ": is a symbolic link, which ttsql does not write through", e.getMessage());
    }
    assertEquals("precious", Files.readString(real));
    assertFalse(Files.exists(dir.resolve("nowhere.duckdb")));
  }

  @Test
  void deletingAStagingFolderRemovesLinksNotWhatTheyPointTo() throws IOException {
    // A link in the staging folder (to a folder of the user's) goes; the folder and its file stay.
    Path mine = Files.createDirectories(dir.resolve("mine"));
    write(mine.resolve("keep.txt"), "keep");
    Path staging = Files.createDirectories(dir.resolve("staging/sub"));
    Files.createSymbolicLink(staging.resolve("link"), mine);
    ExportFolders.deleteTree(dir.resolve("staging"));
    assertEquals(List.of("mine"), names(dir));
    assertEquals("keep", Files.readString(mine.resolve("keep.txt")));
    ExportFolders.deleteTree(dir.resolve("staging")); // already gone: nothing to do
  }

  @Test
  void aMissingFolderIsNamed() {
    NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> ExportTarget.of(at("no/run.duckdb"), false));
    assertEquals(at("no") + ": no such folder", e.getMessage());
  }

  @Test
  void aFolderThatCannotHoldTheStagingFolderIsRefusedAtOnce() throws IOException {
    // 240 letters fit in a name of 255 bytes, but not with the staging folder's dot, ".ttsql-" and
    // 19 random digits around them: the system refuses to make it, as a folder ttsql may not write
    // in would, and ttsql says so before any log is loaded. Nothing is left behind.
    String name = "a".repeat(240) + ".duckdb";
    FileSystemException e = assertThrows(FileSystemException.class, () -> ExportTarget.of(at(name), false));
    assertEquals("File name too long", e.getReason());
    assertEquals(List.of(), names(dir));
  }

  @Test
  void aFailedExportLeavesNothingBehind() throws Exception {
    write(dir.resolve("run.duckdb"), "old");
    ExportTarget target = ExportTarget.of(at("run.duckdb"), true);
    SQLException e = assertThrows(SQLException.class, () -> target.write(staged -> {
      write(staged, "half");
      throw new SQLException("disk full");
    }));
    assertEquals("disk full", e.getMessage());
    assertEquals("old", Files.readString(dir.resolve("run.duckdb")));
    assertEquals(List.of("run.duckdb"), names(dir));
  }

  @Test
  void aTargetThatAppearsDuringTheExportIsNotOverwritten() throws Exception {
    ExportTarget target = ExportTarget.of(at("run.duckdb"), false);
    assertThrows(FileAlreadyExistsException.class, () -> target.write(staged -> {
      write(staged, "new");
      write(dir.resolve("run.duckdb"), "someone else's");
    }));
    assertEquals("someone else's", Files.readString(dir.resolve("run.duckdb")));
    assertEquals(List.of("run.duckdb"), names(dir));
  }

  /** Run in a JVM of its own: an export to {@code args[0]} that writes half a file, says so, and waits to be stopped. */
  static final class StoppedWhileWriting {
    public static void main(String[] args) throws Exception {
      ExportTarget.of(args[0], false).write(staged -> {
        write(staged, "half");
        System.out.println("writing");
        try {
          Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
          throw new IOException(e);
        }
      });
    }
  }

  /** Run in a JVM of its own: an export to {@code args[0]} that starts as the JVM exits, as one whose logs were loading. */
  static final class StoppedBeforeStaging {
    public static void main(String[] args) {
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          ExportTarget.of(args[0], false).write(staged -> write(staged, "all"));
        } catch (IOException | SQLException e) {
          System.out.println(e.getMessage());
        }
      }));
    }
  }

  @Test
  void anExportStartedAsTheJvmExitsLeavesNoStagingFolder() throws Exception {
    // A kill while the logs load lets the export go on to make its staging folder while the JVM
    // exits, when no hook can be added to delete it any more: the folder was left behind.
    Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StoppedBeforeStaging.class.getName(), at("run.duckdb"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("the export was interrupted", out.readLine());
      assertEquals(0, export.waitFor());
    }
    assertEquals(List.of(), names(dir));
  }

  @Test
  void anExportStoppedBeforeItEndsLeavesNoStagingFolder() throws Exception {
    // Ctrl-C's SIGINT and kill's SIGTERM both make the JVM run its shutdown hooks and exit. The test
    // sends SIGTERM: a JVM started from a background job ignores SIGINT. The half-written file in a
    // staging folder left behind would fail DuckDB's read_parquet('exports/**/events.parquet').
    Process export = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), StoppedWhileWriting.class.getName(), at("run.duckdb"))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(export.getInputStream(), StandardCharsets.UTF_8))) {
      assertEquals("writing", out.readLine());
      assertEquals(1, names(dir).size(), "the staging folder");
      export.destroy();
      assertEquals(143, export.waitFor(), "ended by SIGTERM");
    }
    assertEquals(List.of(), names(dir));
  }
}
