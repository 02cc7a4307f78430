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
  /**
   * Above this many names that match, none is looked up to tell a folder by a {@code /}: each look-up
   * is a file system call, and Tab in a folder of a million files, or on a slow network mount, waited
   * for all of them. The names themselves come with the folder's listing.
   */
  static final int MOST_LOOKED_UP = 200;

  private FileNames() {}

  /**
   * The entries of the folder that {@code typed} names up to its last {@code /} (the current folder
   * without one, {@code ~} the home folder) whose names start with the rest of it, each written as
   * typed up to that {@code /}, a folder ending in {@code /} (while at most {@link #MOST_LOOKED_UP}
   * match); hidden entries only once the rest starts with a dot, as in a shell. A name with a blank
   * is completed in a quote typed before it.
   */
  static List<String> completing(String typed) {
    if (typed.equals("~")) {
      return List.of("~/");
    }
    String folder = typed.substring(0, typed.lastIndexOf('/') + 1);
    String start = typed.substring(folder.length());
    List<Path> matches = new ArrayList<>();
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(Path.of(folder.isEmpty() ? "." : Arguments.expandHome(folder)))) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (name.startsWith(start) && (start.startsWith(".") || !name.startsWith("."))) {
          matches.add(entry);
        }
      }
    } catch (IOException | InvalidPathException e) {
      return List.of(); // no such folder, or one that cannot be read: nothing to offer
    }
    boolean lookUp = matches.size() <= MOST_LOOKED_UP;
    List<String> names = new ArrayList<>();
    for (Path entry : matches) {
      names.add(folder + entry.getFileName() + (lookUp && Files.isDirectory(entry) ? "/" : ""));
    }
    names.sort(null);
    return names;
  }
}
