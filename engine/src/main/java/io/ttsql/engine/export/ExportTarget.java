package io.ttsql.engine.export;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;

import io.ttsql.engine.duckdb.DuckDb;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Locale;

/**
 * Where an export goes, and how it gets there without ever leaving a half-written target.
 *
 * <p>{@code to} names a folder of Parquet files when it ends in {@code /} or is an existing folder;
 * otherwise a DuckDB database file when it ends in {@code .duckdb}; a name ending in {@code .parquet}
 * is refused (one Parquet file per table goes into a folder); any other name is a Parquet folder.
 * An existing target is refused unless {@code force}, except an empty folder; with {@code force} a
 * folder is replaced only when it holds nothing but a previous export. A symbolic link at the
 * target is always refused, never followed. The export is written in a hidden staging folder next
 * to the target (inside a folder that is there) and renamed into place at the end.
 */
public final class ExportTarget {
  /** What an export writes. */
  public enum Format {
    /** One DuckDB database file. */
    DUCKDB,
    /** A folder of Parquet files, one per table. */
    PARQUET
  }

  /** Writes an export at {@code staged}, a path that does not exist yet. */
  @FunctionalInterface
  public interface StagedWriter {
    void write(Path staged) throws IOException, SQLException;
  }

  private static final String DUCKDB_SUFFIX = ".duckdb";

  private final Path path;
  private final Format format;
  private final boolean force;

  private ExportTarget(Path path, Format format, boolean force) {
    this.path = path;
    this.format = format;
    this.force = force;
  }

  /**
   * The target {@code to} names, checked against the rules above.
   *
   * @throws FileAlreadyExistsException when the target exists and {@code force} is false
   * @throws IOException for any other target that cannot be written
   */
  public static ExportTarget of(String to, boolean force) throws IOException {
    Path path = Path.of(to).toAbsolutePath().normalize();
    if (path.getFileName() == null) {
      throw new FileSystemException(to, null, "names no file or folder to export to");
    }
    boolean folder = to.endsWith("/") || Files.isDirectory(path, NOFOLLOW_LINKS);
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!folder && name.endsWith(ExportFolders.PARQUET_SUFFIX)) {
      throw new FileSystemException(to, null, "a Parquet export is a folder with one file per table: name the folder");
    }
    ExportTarget target = new ExportTarget(path, !folder && name.endsWith(DUCKDB_SUFFIX) ? Format.DUCKDB : Format.PARQUET, force);
    target.check();
    StagingFolder.check(path);
    return target;
  }

  public Format format() {
    return format;
  }

  /**
   * Lets {@code writer} write the export in a staging folder next to the target (inside a folder
   * that is there), then renames it into place; on any failure, and when the JVM exits before the
   * export ends (Ctrl-C), the target is left as it was and the staging folder is deleted.
   */
  public void write(StagedWriter writer) throws IOException, SQLException {
    try (StagingFolder staging = StagingFolder.of(path)) {
      Path staged = staging.path().resolve(path.getFileName());
      writer.write(staged);
      check();
      staging.publish(() -> publish(staged, staging.path()));
    }
  }

  /** Fails unless the target may be written now. */
  private void check() throws IOException {
    Path parent = path.getParent();
    if (!Files.isDirectory(parent)) {
      throw new NoSuchFileException(parent.toString(), null, "no such folder");
    }
    if (Files.isSymbolicLink(path)) {
      throw new FileSystemException(path.toString(), null, "is a symbolic link, which ttsql does not write through");
    }
    if (format == Format.DUCKDB && Files.exists(wal(), NOFOLLOW_LINKS) && !force) {
      throw new FileAlreadyExistsException(wal().toString(), null, "already exists (a write-ahead log)");
    }
    if (!Files.exists(path, NOFOLLOW_LINKS)) {
      return;
    }
    if (format == Format.DUCKDB && !Files.isRegularFile(path, NOFOLLOW_LINKS)) {
      throw new FileSystemException(path.toString(), null, "is not a regular file");
    }
    if (format == Format.PARQUET && !Files.isDirectory(path, NOFOLLOW_LINKS)) {
      throw new FileSystemException(path.toString(), null, "is a file, not a folder for Parquet files");
    }
    if (format == Format.PARQUET && ExportFolders.isEmpty(path)) {
      return;
    }
    if (!force) {
      throw new FileAlreadyExistsException(path.toString(), null, "already exists");
    }
    if (format == Format.PARQUET) {
      ExportFolders.checkHoldsOnlyAnExport(path);
    }
  }

  /**
   * Renames {@code staged} to the target. A replaced DuckDB file goes in one rename (with its stale
   * write-ahead log moved away first); into a folder that is there (empty, or an earlier export
   * to replace) the new files are moved one by one, after the old ones are moved into the staging
   * folder, to be deleted with it: the folder itself may be a mount point, which cannot be renamed.
   * A move that fails puts the old files back.
   */
  private void publish(Path staged, Path staging) throws IOException {
    if (format == Format.DUCKDB && Files.exists(wal(), NOFOLLOW_LINKS)) {
      Files.move(wal(), staging.resolve("replaced.wal"), ATOMIC_MOVE);
    }
    if (format == Format.PARQUET && Files.isDirectory(path, NOFOLLOW_LINKS)) {
      Path replaced = Files.createDirectory(staging.resolve("replaced"));
      moveEntries(path, replaced);
      try {
        moveEntries(staged, path);
      } catch (IOException e) {
        putBack(replaced, path, e);
        throw e;
      }
      return;
    }
    Files.move(staged, path, ATOMIC_MOVE);
  }

  /**
   * Moves every entry of {@code from} into {@code to}, all or none: when one fails, those moved go
   * back, so that a failure never leaves a folder's files split between the two.
   */
  private static void moveEntries(Path from, Path to) throws IOException {
    try {
      moveAll(from, to);
    } catch (IOException e) {
      putBack(to, from, e);
      throw e;
    }
  }

  /**
   * After {@code failure}, moves the entries of {@code moved} back into {@code home}, where they
   * were: the staging folder that holds them is deleted once the export has failed.
   */
  private static void putBack(Path moved, Path home, IOException failure) {
    try {
      moveAll(moved, home);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static void moveAll(Path from, Path to) throws IOException {
    for (Path entry : ExportFolders.entries(from)) {
      Files.move(entry, to.resolve(entry.getFileName()), ATOMIC_MOVE);
    }
  }

  /**
   * Refuses, for a DuckDB database, a schema name that DuckDB keeps for itself; a Parquet folder
   * takes any.
   *
   * @throws IllegalArgumentException naming the schema, as {@link DuckDb#checkSchemaName} does
   */
  public void checkSchemaNames(Collection<String> schemas) {
    if (format == Format.DUCKDB) {
      schemas.forEach(DuckDb::checkSchemaName);
    }
  }

  /** The write-ahead log DuckDB keeps next to a database file. */
  private Path wal() {
    return path.resolveSibling(path.getFileName() + ".wal");
  }

  @Override
  public String toString() {
    return path.toString();
  }
}
