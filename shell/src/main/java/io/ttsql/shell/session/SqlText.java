package io.ttsql.shell.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at each {@code ;} that is outside quotes and comments. What
 * follows the last {@code ;} is the unfinished rest; it counts as empty when it holds only blanks
 * and comments.
 *
 * @param statements the finished statements, without their {@code ;}, stripped, empty ones dropped
 * @param firstLines for each statement, the 1-based line of the text where it starts
 * @param rest the text after the last finished statement
 * @param restIsEmpty whether {@code rest} holds nothing but blanks and comments
 */
public record SqlText(List<String> statements, List<Integer> firstLines, String rest, boolean restIsEmpty) {
  /** What the character being read belongs to: statement text, a quoted string or name, or a comment. */
  private enum State { CODE, SINGLE_QUOTE, DOUBLE_QUOTE, LINE_COMMENT, BLOCK_COMMENT }

  /** Splits {@code text}. */
  public static SqlText split(String text) {
    List<String> statements = new ArrayList<>();
    List<Integer> firstLines = new ArrayList<>();
    State state = State.CODE;
    int start = 0;
    boolean significant = false;
    int line = 1;
    int firstLine = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (firstLine < 0 && !Character.isWhitespace(c) && !(state == State.CODE && c == ';')) {
        firstLine = line;
      }
      line += c == '\n' ? 1 : 0;
      switch (state) {
        case CODE -> {
          if (c == ';') {
            if (significant) {
              statements.add(text.substring(start, i).strip());
              firstLines.add(firstLine);
            }
            start = i + 1;
            significant = false;
            firstLine = -1;
          } else if (c == '-' && next == '-') {
            state = State.LINE_COMMENT;
            i++;
          } else if (c == '/' && next == '*') {
            state = State.BLOCK_COMMENT;
            i++;
          } else if (!Character.isWhitespace(c)) {
            significant = true;
            if (c == '\'') {
              state = State.SINGLE_QUOTE;
            } else if (c == '"') {
              state = State.DOUBLE_QUOTE;
            }
          }
        }
        case SINGLE_QUOTE -> state = c == '\'' ? State.CODE : state;
        case DOUBLE_QUOTE -> state = c == '"' ? State.CODE : state;
        case LINE_COMMENT -> state = c == '\n' ? State.CODE : state;
        case BLOCK_COMMENT -> {
          if (c == '*' && next == '/') {
            state = State.CODE;
            i++;
          }
        }
      }
    }
    return new SqlText(List.copyOf(statements), List.copyOf(firstLines), text.substring(start), !significant);
  }
}
