package io.ttsql.shell.session;

import io.ttsql.engine.calcite.SqlLexer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is outside quotes and comments. What
 * follows the last {@code ;} is the unfinished rest; it counts as empty when it holds only blanks
 * and comments, unless a block comment is left open: that goes on in the text to come, as a
 * statement does.
 *
 * @param statements the finished statements, without their {@code ;}, stripped, empty ones dropped
 * @param firstLines for each statement, the 1-based line of the text where it starts
 * @param rest the text after the last finished statement
 * @param restIsEmpty whether {@code rest} holds nothing but blanks and closed comments
 */
public record SqlText(List<String> statements, List<Integer> firstLines, String rest, boolean restIsEmpty) {
  /** Splits {@code text}. */
  public static SqlText split(String text) {
    List<String> statements = new ArrayList<>();
    List<Integer> firstLines = new ArrayList<>();
    int start = 0;
    boolean significant = false;
    int line = 1;
    int firstLine = -1;
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      int skipped = SqlLexer.skipQuotedOrComment(text, i);
      int end = skipped > i ? skipped : i + 1;
      if (skipped == i && c == ';') {
        if (significant) {
          statements.add(text.substring(start, i).strip());
          firstLines.add(firstLine);
        }
        start = end;
        significant = false;
        firstLine = -1;
      } else if (!Character.isWhitespace(c)) {
        if (firstLine < 0) {
          firstLine = line; // a comment before a statement counts as its start
        }
        significant |= SqlLexer.partAt(text, i) != SqlLexer.Part.COMMENT || SqlLexer.isOpen(text, i);
      }
      for (int j = i; j < end; j++) {
        line += text.charAt(j) == '\n' ? 1 : 0;
      }
      i = end;
    }
    return new SqlText(List.copyOf(statements), List.copyOf(firstLines), text.substring(start), !significant);
  }

  /**
   * Where a dot command ({@code .mode csv}) or backslash command ({@code \q}) starts in {@code
   * text} right after the {@code ;} of a statement, blanks between, or -1: it takes the rest of the
   * text, {@code ;} and all, as on a line of its own.
   */
  public static int commandAfterStatement(String text) {
    boolean afterSemicolon = false;
    for (int i = 0; i < text.length(); ) {
      int skipped = SqlLexer.skipQuotedOrComment(text, i);
      if (skipped > i) {
        afterSemicolon = false;
        i = skipped;
        continue;
      }
      char c = text.charAt(i);
      if (afterSemicolon && (c == '.' || c == '\\')) {
        return i;
      }
      afterSemicolon = c == ';' || afterSemicolon && Character.isWhitespace(c);
      i++;
    }
    return -1;
  }

  /**
   * What {@code text} leaves open at its end, said for a person ({@code a comment: /* without
   * *}{@code /}), or null when it closes every string, quoted name and block comment it opens.
   */
  public static String openAtEnd(String text) {
    for (int i = 0; i < text.length(); ) {
      int end = SqlLexer.skipQuotedOrComment(text, i);
      if (end > i && SqlLexer.isOpen(text, i)) {
        return switch (SqlLexer.partAt(text, i)) {
          case STRING -> "a string: ' without its closing '";
          case QUOTED_IDENTIFIER -> "a quoted name: \" without its closing \"";
          default -> "a comment: /* without */";
        };
      }
      i = end > i ? end : i + 1;
    }
    return null;
  }
}
