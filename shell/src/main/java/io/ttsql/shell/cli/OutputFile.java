package io.ttsql.shell.cli;

import io.ttsql.shell.session.IoFailure;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a subcommand's output file ({@code -o FILE}, {@code -} for stdout) safely: an existing file
 * is replaced only with {@code --force}; a symbolic link at the target is never followed (with
 * {@code --force} the link itself is replaced); the text goes to a temporary file in the same
 * folder, which is then renamed over the target, so a reader never sees half a file.
 */
final class OutputFile {
  /** The {@code -o} value that means standard output. */
  static final String STDOUT = "-";

  private final String target;
  private final boolean force;

  private OutputFile(String target, boolean force) {
    this.target = target;
    this.force = force;
  }

  /**
   * The output file of {@code args}; checked before any log is loaded, so a mistake fails fast.
   *
   * @throws CliFailure when {@code -o} is missing, or the file exists and {@code --force} is not given
   */
  static OutputFile of(CliArgs args, String command) throws CliFailure {
    String target = args.value(CliOption.OUTPUT)
        .filter(name -> !name.isBlank())
        .orElseThrow(() -> CliFailure.usage(command + " needs -o FILE (or -o - for standard output)"));
    OutputFile file = new OutputFile(target, args.has(CliOption.FORCE));
    if (!target.equals(STDOUT)) {
      file.checkTarget(Path.of(target));
    }
    return file;
  }

  /** Writes {@code text} as UTF-8 to the file, or to {@code stdout} for {@code -o -}. */
  void write(String text, PrintStream stdout) throws CliFailure {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (target.equals(STDOUT)) {
      stdout.write(bytes, 0, bytes.length);
      stdout.flush();
      if (stdout.checkError()) {
        throw CliFailure.input("cannot write standard output");
      }
      return;
    }
    Path path = Path.of(target);
    checkTarget(path);
    Path temporary = null;
    try {
      temporary = createTemporary(path);
      Files.write(temporary, bytes, StandardOpenOption.TRUNCATE_EXISTING);
      if (force) {
        Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } else {
        Files.move(temporary, path);
      }
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw CliFailure.input(target + " already exists (--force replaces it)");
    } catch (IOException e) {
      throw new CliFailure(ExitCode.BAD_INPUT, "cannot write " + target + ": " + IoFailure.reason(e), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private void checkTarget(Path path) throws CliFailure {
    // A name ending in / is a folder's, as the system reads it (Path.of drops the slash).
    if (target.endsWith("/") || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      throw CliFailure.input(target + " is a directory; name a file after -o");
    }
    if (!force && Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw CliFailure.input(target + " already exists (--force replaces it)");
    }
    Path folder = path.toAbsolutePath().getParent();
    if (folder == null || !Files.exists(folder)) {
      throw CliFailure.input("cannot write " + target + ": no folder " + folder);
    }
    if (!Files.isDirectory(folder)) {
      throw CliFailure.input("cannot write " + target + ": " + folder + " is a file, not a folder");
    }
  }

  /** A new, empty file beside {@code path}, hidden and named after it, with the umask's permissions. */
  private static Path createTemporary(Path path) throws IOException {
    Path folder = path.toAbsolutePath().getParent();
    while (true) {
      String name = String.format(Locale.ROOT, ".%s.%08x.tmp", path.getFileName(), ThreadLocalRandom.current().nextInt());
      try {
        return Files.createFile(folder.resolve(name));
      } catch (FileAlreadyExistsException e) {
        // another name is drawn
      }
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary != null) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException e) {
        // the failure being reported matters more than a leftover temporary file
      }
    }
  }
}
