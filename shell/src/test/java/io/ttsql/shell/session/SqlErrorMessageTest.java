package io.ttsql.shell.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import java.sql.SQLException;
import java.util.List;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

/** How a SQL parse error reads, with the hint for a reserved word used as a column name. */
class SqlErrorMessageTest {
  private static List<String> linesFor(String sql) {
    try {
      SqlParser.create(sql, Ttsql.sqlParserConfig()).parseStmt();
      throw new AssertionError("parsed: " + sql);
    } catch (SqlParseException e) {
      return SqlErrorMessage.lines(e, sql);
    }
  }

  @Test
  void aReservedWordWhereANameCanStandGetsAHintToQuoteIt() {
    // time is a column of events and a reserved word: SQL reads it as the TIME type keyword.
    assertEquals(List.of(
        "Error: Encountered \"time ,\" (line 1, column 8)",
        "  select time, size from events",
        "         ^^^^",
        "Hint: time is a reserved word: to use it as a name, double-quote it (\"time\")"),
        linesFor("select time, size from events"));
  }

  @Test
  void aReservedWordAfterAndOrOrGetsTheHintToo() {
    // Calcite places the error at and, which was fine, and shows the tokens it read from there:
    // Encountered "and function". The name it could not take is function, a column of frames.
    assertEquals("Hint: function is a reserved word: to use it as a name, double-quote it (\"function\")",
        linesFor("select * from frames where depth = 0 and function like 'x'").get(3));
    assertEquals("Hint: time is a reserved word: to use it as a name, double-quote it (\"time\")",
        linesFor("select * from events where size > 0 or time > time '09:00:00'").get(3));
  }

  @Test
  void aClauseWordAfterACommaIsAListEndingInOneNotANameToQuote() {
    assertEquals(List.of(
        "Error: Encountered \"from\" (line 2, column 1)",
        "  from events group by kind",
        "  ^^^^",
        "Hint: a list ends without a comma: remove the one before from"),
        linesFor("select kind, count(*),\nfrom events group by kind"));
    // Nor is where in a SELECT without FROM a name; after AS, a clause word is one.
    assertEquals(3, linesFor("select 1 where false").size());
    assertEquals("Hint: order is a reserved word: to use it as a name, double-quote it (\"order\")",
        linesFor("select 1 as order from events").get(3));
  }

  @Test
  void aDoubleColonCastGetsTheHintToWriteCast() {
    // PostgreSQL and DuckDB cast with ::, which ttsql's SQL reads as two stray colons.
    assertEquals(List.of(
        "Error: Encountered \": :\" (line 1, column 15)",
        "  select address::varchar from events",
        "                ^",
        "Hint: ttsql's SQL has no :: cast: write cast(… as varchar)"),
        linesFor("select address::varchar from events"));
  }

  @Test
  void otherParseErrorsGetNoHint() {
    // Nothing follows where: no word to quote. Calcite said Encountered "<EOF>"; PostgreSQL's words say it plainly.
    assertEquals(List.of(
        "Error: syntax error at end of input (line 1, column 26)",
        "  select * from events where",
        "                           ^"),
        linesFor("select * from events where"));
  }

  @Test
  void aStatementThatEndsAfterAnOperatorEndsTooSoon() {
    // Calcite said Encountered "> <EOF>": the tokens from the last one read to the end.
    assertEquals("Error: syntax error at end of input (line 1, column 36)",
        linesFor("select * from lifetimes where size >").get(0));
  }

  @Test
  void aStatementThatStartsWithNoKeywordIsASyntaxError() {
    // Calcite reads "selec 1" as an expression, and says so in its own terms.
    assertEquals(List.of(
        "Error: syntax error: a statement starts with SELECT, WITH, VALUES, EXPLAIN, DESCRIBE or SHOW (line 1, column 1)",
        "  selec 1",
        "  ^^^^^"),
        linesFor("selec 1"));
  }

  @Test
  void aCharacterSqlCannotHoldIsNamedWhole() {
    // The lexer named 😀 by the first half of its UTF-16 pair: Encountered: "\ud83d" (55357).
    assertEquals(List.of(
        "Error: unexpected character '😀' (U+1F600) (line 1, column 8)",
        "  select 😀 from events",
        "         ^"),
        linesFor("select 😀 from events"));
    assertEquals("Error: unexpected character '#' (U+0023) (line 2, column 1)", linesFor("select 1\n# a comment").get(0));
  }

  @Test
  void aStrayCharacterThatEndsALineIsNamedToo() {
    // The lexer reports the end of the input (or of the line) after it, a column past the text,
    // and the shell printed that raw: Lexical error at line 1, column 11.  Encountered: <EOF> after : "".
    assertEquals(List.of(
        "Error: unexpected character '\\' (U+005C) (line 1, column 10)",
        "  select 1 \\",
        "           ^"),
        linesFor("select 1 \\"));
    assertEquals("Error: unexpected character '@' (U+0040) (line 1, column 13)", linesFor("select size @\nfrom events").get(0));
  }

  @Test
  void aStatementThatFillsTheHeapSaysSoAsLoadingDoes() {
    // Calcite wraps what a statement's code throws; an OutOfMemoryError at its root reads as the
    // launcher's out-of-memory message, not as Java's "Java heap space".
    SQLException failure = new SQLException("Error while executing SQL \"select 1\": Java heap space",
        new RuntimeException(new OutOfMemoryError("Java heap space")));
    assertEquals(OutOfMemory.reason(), SqlErrorMessage.reason(failure, "select 1"));
    assertTrue(OutOfMemory.reason().matches("out of memory: the Java heap of \\d+ MB is full \\(give Java more, .*"));
  }
}
