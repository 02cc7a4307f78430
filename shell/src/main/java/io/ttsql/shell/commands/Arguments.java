package io.ttsql.shell.commands;

import io.ttsql.shell.session.HomeFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a dot command line into words as a shell does (quotes group words, a backslash escapes
 * the next character), reads common argument shapes, and expands {@code ~} in file names.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * The words of {@code line}: {@code "a b"}, {@code 'a b'} and {@code a\ b} are one word; a
   * backslash makes the next character plain (a space, a quote, a backslash), inside double quotes
   * only before {@code "} or {@code \}, and inside single quotes every character is plain, as in a shell.
   */
  public static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean singleQuoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean escapes = c == '\\' && i + 1 < line.length() && (!quoted || "\"\\".indexOf(line.charAt(i + 1)) >= 0);
      if (singleQuoted) {
        if (c == '\'') {
          singleQuoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '\'' && !quoted) {
        singleQuoted = true;
        any = true;
      } else if (escapes) {
        word.append(line.charAt(++i));
        any = true;
      } else if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (Character.isWhitespace(c) && !quoted) {
        if (any) {
          words.add(word.toString());
          word.setLength(0);
          any = false;
        }
      } else {
        word.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(word.toString());
    }
    return words;
  }

  /** {@code text} as one word that {@link #words} reads back: in double quotes, {@code "} and {@code \\} escaped. */
  static String quoted(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** {@code file} with a leading {@code ~} or {@code ~/} standing for the home folder, as a shell reads it. */
  static String expandHome(String file) {
    return file.equals("~") || file.startsWith("~/") ? HomeFolder.path() + file.substring(1) : file;
  }

  /** A {@code [NAME=]LOG} argument with {@code ~} expanded in LOG, as {@link #expandHome} does. */
  static String expandHomeInLog(String argument) {
    int eq = argument.indexOf('=');
    return argument.startsWith("~") || eq < 0
        ? expandHome(argument)
        : argument.substring(0, eq + 1) + expandHome(argument.substring(eq + 1));
  }

  /** The single {@code on} or {@code off} argument of {@code command}. */
  static boolean onOff(List<String> args, String command) throws CommandException {
    if (args.size() == 1) {
      switch (args.get(0).toLowerCase(Locale.ROOT)) {
        case "on" -> {
          return true;
        }
        case "off" -> {
          return false;
        }
        default -> { }
      }
    }
    throw new CommandException("usage: ." + command + " [on|off]");
  }
}
