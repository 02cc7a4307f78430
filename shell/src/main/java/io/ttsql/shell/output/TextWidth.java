package io.ttsql.shell.output;

import org.jline.utils.WCWidth;

/** Terminal column widths of text (wide CJK and emoji count two) and cutting text to a width. */
public final class TextWidth {
  static final String ELLIPSIS = "…";

  private TextWidth() {}

  /** Columns {@code text} takes on a terminal. */
  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += Math.max(0, WCWidth.wcwidth(cp));
      i += Character.charCount(cp);
    }
    return width;
  }

  /** {@code text} cut to at most {@code width} columns, ending in an ellipsis when cut. */
  public static String fit(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    StringBuilder kept = new StringBuilder();
    int used = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > width - 1) {
        break;
      }
      kept.appendCodePoint(cp);
      used += w;
      i += Character.charCount(cp);
    }
    return kept.append(ELLIPSIS).toString();
  }

  /**
   * {@code text} cut to at most {@code width} columns from its start, beginning with an ellipsis
   * when cut: what tells one path from another is at its end.
   */
  public static String fitEnd(String text, int width) {
    if (of(text) <= width) {
      return text;
    }
    int used = 0;
    int start = text.length();
    while (start > 0) {
      int cp = text.codePointBefore(start);
      int w = Math.max(0, WCWidth.wcwidth(cp));
      if (used + w > width - 1) {
        break;
      }
      used += w;
      start -= Character.charCount(cp);
    }
    return ELLIPSIS + text.substring(start);
  }

  /** {@code text} padded with spaces to {@code width} columns, on the left when {@code right}. */
  static String pad(String text, int width, boolean right) {
    int gap = Math.max(0, width - of(text));
    return right ? " ".repeat(gap) + text : text + " ".repeat(gap);
  }
}
