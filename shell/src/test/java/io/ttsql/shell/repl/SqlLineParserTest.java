package io.ttsql.shell.repl;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jline.reader.EOFError;
import org.jline.reader.Parser.ParseContext;
import org.junit.jupiter.api.Test;

/** When Enter runs what is typed, and when it goes on to a continuation line. */
class SqlLineParserTest {
  private final SqlLineParser parser = new SqlLineParser();

  @Test
  void enterRunsOnceAStatementEnds() {
    for (String typed : new String[] {"select 1;", "select 1; select 2;", "select 1; select 2", "select 1;\n-- done",
        "select 1\nfrom events; select", ".mode csv", "\\q", "  ", "select 1; \\q", "; .mode csv"}) {
      assertDoesNotThrow(() -> parser.parse(typed, typed.length(), ParseContext.ACCEPT_LINE), typed);
    }
  }

  @Test
  void enterContinuesWhileNoStatementHasEnded() {
    // A ; in a literal, a quoted name or a comment ends nothing, and a block comment left open
    // goes on on the next line.
    for (String typed : new String[] {"select 1", "select 'a;b'", "select \"c;d\" from t", "select 1 -- ;",
        "select 'open;", "/* open comment", "/* open; comment"}) {
      assertThrows(EOFError.class, () -> parser.parse(typed, typed.length(), ParseContext.ACCEPT_LINE), typed);
    }
  }
}
