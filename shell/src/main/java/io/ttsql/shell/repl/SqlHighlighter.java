package io.ttsql.shell.repl;

import io.ttsql.engine.calcite.SqlLexer;
import java.util.Locale;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** Colours the input as it is typed: SQL keywords bold blue, strings green, numbers cyan, comments grey. */
final class SqlHighlighter implements Highlighter {
  private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
  private static final AttributedStyle COMMAND = AttributedStyle.BOLD.foreground(AttributedStyle.MAGENTA);

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    AttributedStringBuilder out = new AttributedStringBuilder();
    if (Interpreter.isCommand(buffer)) {
      int end = buffer.indexOf(' ');
      end = end < 0 ? buffer.length() : end;
      return out.styled(COMMAND, buffer.substring(0, end)).append(buffer.substring(end)).toAttributedString();
    }
    int i = 0;
    while (i < buffer.length()) {
      char c = buffer.charAt(i);
      int end;
      AttributedStyle style = null;
      SqlLexer.Part part = SqlLexer.partAt(buffer, i);
      if (part != SqlLexer.Part.CODE) {
        end = SqlLexer.skipQuotedOrComment(buffer, i);
        style = part == SqlLexer.Part.COMMENT ? COMMENT : part == SqlLexer.Part.STRING ? STRING : null;
      } else if (Character.isLetter(c) || c == '_') {
        end = i;
        while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end)) || buffer.charAt(end) == '_')) {
          end++;
        }
        if (SqlKeywords.ALL.contains(buffer.substring(i, end).toLowerCase(Locale.ROOT))) {
          style = KEYWORD;
        }
      } else if (Character.isDigit(c)) {
        end = i;
        while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end)) || buffer.charAt(end) == '.')) {
          end++;
        }
        style = NUMBER;
      } else {
        end = i + 1;
      }
      String token = buffer.substring(i, end);
      if (style == null) {
        out.append(token);
      } else {
        out.styled(style, token);
      }
      i = end;
    }
    return out.toAttributedString();
  }
}
