package io.ttsql.engine.export;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;

/**
 * Folder chores of an export: emptiness, recognising a previous Parquet export, deleting a tree
 * without following links. The staging folders of exports count for none of them.
 */
final class ExportFolders {
  /** The file name ending of a Parquet file. */
  static final String PARQUET_SUFFIX = ".parquet";
  /** What the name of a staging folder holds after the target's name: {@code .NAME.ttsql-…}. */
  static final String STAGING_MARK = ".ttsql-";

  private ExportFolders() {}

  /** The entries of {@code folder}, but the staging folders of exports ({@code .NAME.ttsql-…}). */
  static List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(entry -> !isStagingFolder(entry)).toList();
    }
  }

  static boolean isEmpty(Path folder) throws IOException {
    return entries(folder).isEmpty();
  }

  private static boolean isStagingFolder(Path entry) {
    String name = entry.getFileName().toString();
    return name.startsWith(".") && name.contains(STAGING_MARK) && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * Fails unless {@code folder} holds only what a Parquet export writes: {@code .parquet} files,
   * and schema folders of {@code .parquet} files. This keeps {@code --force} from deleting a folder
   * of other work.
   */
  static void checkHoldsOnlyAnExport(Path folder) throws IOException {
    for (Path entry : entries(folder)) {
      if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        checkOnlyParquetFiles(folder, entry);
      } else if (!isParquetFile(entry)) {
        throw notAnExport(folder, entry);
      }
    }
  }

  private static void checkOnlyParquetFiles(Path export, Path schemaFolder) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(schemaFolder)) {
      for (Path entry : entries) {
        if (!isParquetFile(entry)) {
          throw notAnExport(export, entry);
        }
      }
    }
  }

  private static boolean isParquetFile(Path entry) {
    return Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && entry.getFileName().toString().endsWith(PARQUET_SUFFIX);
  }

  private static FileSystemException notAnExport(Path folder, Path entry) {
    return new FileSystemException(folder.toString(), null,
        "holds " + folder.relativize(entry) + ", so it is not a ttsql Parquet export; ttsql will not replace it");
  }

  /** Deletes {@code root} and everything under it, if it is still there; links are deleted, not followed. */
  static void deleteTree(Path root) throws IOException {
    if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      PathUtils.deleteDirectory(root);
    }
  }
}
