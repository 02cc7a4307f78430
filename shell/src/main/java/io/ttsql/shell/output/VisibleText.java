package io.ttsql.shell.output;

import java.util.Locale;

/**
 * Text made safe for a terminal: control characters from the logs (C0, DEL and C1), which could
 * move the cursor, clear the screen or set the window title, shown as {@code \x1b}-style escapes.
 */
public final class VisibleText {
  private VisibleText() {}

  /** {@code text} with every control character but line feed and tab written as {@code \xNN}. */
  public static String of(String text) {
    int i = 0;
    while (i < text.length() && !isHidden(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, i);
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isHidden(c)) {
        shown.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      } else {
        shown.append(c);
      }
    }
    return shown.toString();
  }

  /** True for the control characters a terminal acts on rather than shows, line feed and tab aside. */
  private static boolean isHidden(char c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7f && c <= 0x9f;
  }
}
