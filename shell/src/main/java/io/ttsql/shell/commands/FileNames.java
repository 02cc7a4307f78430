package io.ttsql.shell.commands;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The file names that Tab offers for a file argument of a dot command ({@code .open}, {@code .read}…). */
final class FileNames {
  private FileNames() {}

  /**
   * The entries of the folder that {@code typed} names up to its last {@code /} (the current folder
   * without one, {@code ~} the home folder) whose names start with the rest of it, each written as
   * typed up to that {@code /}, a folder ending in {@code /}; hidden entries only once the rest
   * starts with a dot, as in a shell. A name with a blank is completed in a quote typed before it.
   */
  static List<String> completing(String typed) {
    if (typed.equals("~")) {
      return List.of("~/");
    }
    String folder = typed.substring(0, typed.lastIndexOf('/') + 1);
    String start = typed.substring(folder.length());
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(Path.of(folder.isEmpty() ? "." : Arguments.expandHome(folder)))) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(start) && (start.startsWith(".") || !name.startsWith("."))) {
          names.add(folder + name + (Files.isDirectory(entry) ? "/" : ""));
        }
      }
    } catch (IOException | InvalidPathException e) {
      return List.of(); // no such folder, or one that cannot be read: nothing to offer
    }
    names.sort(null);
    return names;
  }
}
