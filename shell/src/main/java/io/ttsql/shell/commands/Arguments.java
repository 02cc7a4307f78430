package io.ttsql.shell.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a dot command line into words (double quotes group words) and reads common argument shapes. */
public final class Arguments {
  private Arguments() {}

  /** The words of {@code line}; {@code "a b"} is one word. */
  public static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
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
