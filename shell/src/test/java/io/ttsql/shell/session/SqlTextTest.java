package io.ttsql.shell.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting input into statements at the semicolons outside quotes and comments. */
class SqlTextTest {
  @Test
  void splitsOnlyAtSemicolonsInTheStatementsOwnText() {
    // The ; in the comment, the literal and the quoted name split nothing; the second statement
    // starts at its comment on line 3; the block comment after the last ; is an empty rest.
    SqlText text = SqlText.split("select 1;\n\n-- note; not a split\nselect 'a;b', \"c;d\"\n  from t;\n/* only a comment; */");
    assertEquals(List.of("select 1", "-- note; not a split\nselect 'a;b', \"c;d\"\n  from t"), text.statements());
    assertEquals(List.of(1, 3), text.firstLines());
    assertEquals("\n/* only a comment; */", text.rest());
    assertTrue(text.restIsEmpty());
  }

  @Test
  void readsEStringsAndSlashCommentsAsTheParserDoes() {
    // \' stays inside E'…', and the quote in a // comment opens nothing: the ; inside them ends
    // nothing, each one after them a statement.
    SqlText text = SqlText.split("select E'it\\'s;' as s; select 1 // it's;\n;");
    assertEquals(List.of("select E'it\\'s;' as s", "select 1 // it's;"), text.statements());
  }

  @Test
  void keepsAnUnfinishedStatementAsTheRest() {
    SqlText text = SqlText.split("select 1; select 2");
    assertEquals(List.of("select 1"), text.statements());
    assertEquals(" select 2", text.rest());
    assertFalse(text.restIsEmpty());
  }

  @Test
  void aBlockCommentLeftOpenIsAnUnfinishedRest() {
    // Its */ may come on a later line, and what follows it is SQL: the rest is kept to go on.
    SqlText open = SqlText.split("select 1;\n/* leak report\n   for CI");
    assertEquals(List.of("select 1"), open.statements());
    assertEquals("\n/* leak report\n   for CI", open.rest());
    assertFalse(open.restIsEmpty());
    assertTrue(SqlText.split("/* leak report\n   for CI */\n").restIsEmpty());
  }

  @Test
  void dropsEmptyStatementsAndReadsAnUnclosedLiteralToTheEnd() {
    assertEquals(List.of(), SqlText.split(";;  ;").statements());
    SqlText open = SqlText.split("select 'it''s; open");
    // '' closes and reopens the literal, which then runs to the end: no statement ends.
    assertEquals(List.of(), open.statements());
    assertFalse(open.restIsEmpty());
  }
}
