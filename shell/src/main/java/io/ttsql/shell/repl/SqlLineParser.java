package io.ttsql.shell.repl;

import io.ttsql.shell.session.SqlText;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * Decides when the typed input is complete: a dot command or {@code \q} at once, also after a
 * {@code ;} ({@code select 1; \q}), SQL when a {@code ;} outside quotes and comments ends a
 * statement in it (the shell runs the statements that end and keeps the rest for the next line).
 * Until then Enter continues on the next line, under the {@code ...>} prompt.
 */
final class SqlLineParser extends DefaultParser {
  SqlLineParser() {
    setEscapeChars(new char[0]);
    setEofOnUnclosedQuote(false);
  }

  @Override
  public ParsedLine parse(String line, int cursor, ParseContext context) {
    if (context == ParseContext.ACCEPT_LINE && !isComplete(line)) {
      throw new EOFError(-1, -1, "statement not finished", ";");
    }
    return super.parse(line, cursor, context == ParseContext.ACCEPT_LINE ? ParseContext.SPLIT_LINE : context);
  }

  /** Words for completion end at blanks and at {@code ( ) , ;} too: {@code count(l.ov)} has the word {@code l.ov}. */
  @Override
  public boolean isDelimiterChar(CharSequence buffer, int pos) {
    char c = buffer.charAt(pos);
    return Character.isWhitespace(c) || c == '(' || c == ')' || c == ',' || c == ';';
  }

  static boolean isComplete(String input) {
    if (input.isBlank() || Interpreter.isCommand(input)) {
      return true;
    }
    SqlText text = SqlText.split(input);
    return !text.statements().isEmpty() || text.restIsEmpty() || Interpreter.isCommand(text.rest());
  }
}
