package io.ttsql.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;

/** Says in a few words why a file named on the command line cannot be read, before anything opens it. */
public final class FileChecks {
  /** What the JDK adds to the system's reason for a loop of links, which says all without it. */
  private static final String JDK_LOOP_SUFFIX = " or unable to access attributes of symbolic link";

  private FileChecks() {}

  /**
   * {@code is a directory}, {@code no such file}, {@code permission denied} or the system's reason
   * (such as {@code too many levels of symbolic links}), or null when {@code file} can be read (a
   * regular file, or a pipe such as {@code <(…)}).
   */
  public static String whyUnreadable(Path file) {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      return "no such file";
    } catch (AccessDeniedException e) {
      return "permission denied";
    } catch (IOException e) {
      return systemReason(e);
    }
    return attributes.isDirectory() ? "is a directory"
        : !Files.isReadable(file) ? "permission denied"
        : null;
  }

  /** The system's reason, such as {@code file name too long}, begun in lower case like the others. */
  private static String systemReason(IOException e) {
    String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
    if (reason == null || reason.isEmpty()) {
      return "cannot be read";
    }
    if (reason.endsWith(JDK_LOOP_SUFFIX)) {
      reason = reason.substring(0, reason.length() - JDK_LOOP_SUFFIX.length());
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
