package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.junit.jupiter.api.Test;

/**
 * The literals, quoted names and comments that SQL's other characters mean nothing inside, each
 * checked against what a connection's parser makes of the same text.
 */
class SqlLexerTest {
  @Test
  void findsWhereEachPartEnds() {
    String sql = "x 'a;b' \"c\" -- d\n/* e */ y";
    assertEquals(SqlLexer.Part.CODE, SqlLexer.partAt(sql, 0));
    assertEquals(0, SqlLexer.skipQuotedOrComment(sql, 0));
    assertEquals(SqlLexer.Part.STRING, SqlLexer.partAt(sql, 2));
    assertEquals(7, SqlLexer.skipQuotedOrComment(sql, 2));
    assertEquals(SqlLexer.Part.QUOTED_IDENTIFIER, SqlLexer.partAt(sql, 8));
    assertEquals(11, SqlLexer.skipQuotedOrComment(sql, 8));
    // A line comment ends before its newline; a block comment after its */.
    assertEquals(SqlLexer.Part.COMMENT, SqlLexer.partAt(sql, 12));
    assertEquals(16, SqlLexer.skipQuotedOrComment(sql, 12));
    assertEquals(SqlLexer.Part.COMMENT, SqlLexer.partAt(sql, 17));
    assertEquals(24, SqlLexer.skipQuotedOrComment(sql, 17));
  }

  @Test
  void anOpenPartRunsToTheEnd() {
    assertEquals(6, SqlLexer.skipQuotedOrComment("x 'abc", 2));
    assertEquals(7, SqlLexer.skipQuotedOrComment("x /* ab", 2));
    assertEquals(5, SqlLexer.skipQuotedOrComment("x --a", 2));
    // Open: the text ends before the closing quote or */ (in E'a\' the quote is escaped). A line
    // comment ends with the text, and code is never open.
    assertTrue(SqlLexer.isOpen("x 'abc", 2));
    assertTrue(SqlLexer.isOpen("x /* ab", 2));
    assertTrue(SqlLexer.isOpen("E'a\\'", 0));
    assertFalse(SqlLexer.isOpen("x /* a */", 2));
    assertFalse(SqlLexer.isOpen("x --a", 2));
    assertFalse(SqlLexer.isOpen("x --a", 0));
  }

  @Test
  void aLineCommentStartsWithTwoSlashesTooAndEndsAtEitherLineBreak() throws Exception {
    String sql = "select 1 as a // it's\n, 2 as b -- it's\r, 3 as c";
    assertEquals(SqlLexer.Part.COMMENT, SqlLexer.partAt(sql, 14));
    assertEquals(21, SqlLexer.skipQuotedOrComment(sql, 14)); // the \n
    assertEquals(SqlLexer.Part.COMMENT, SqlLexer.partAt(sql, 31));
    assertEquals(38, SqlLexer.skipQuotedOrComment(sql, 31)); // the \r
    // The parser skips both comments, their quotes opening nothing, and reads three columns.
    assertEquals("SELECT 1 AS `a`, 2 AS `b`, 3 AS `c`", parsed(sql));
  }

  @Test
  void aDoubledQuoteStaysInsideAStringOrAQuotedName() throws Exception {
    String sql = "select 'it''s' as s, 1 as \"a\"\"b\"";
    assertEquals(14, SqlLexer.skipQuotedOrComment(sql, 7));
    assertEquals(32, SqlLexer.skipQuotedOrComment(sql, 26));
    assertEquals("SELECT 'it''s' AS `s`, 1 AS `a\"b`", parsed(sql));
  }

  @Test
  void anEStringTakesBackslashEscapes() throws Exception {
    // E'it\'s' is one string, ended by the quote after s; in e'a\\' the backslash escapes a
    // backslash, so the quote after it ends the string; E'it''s' doubles its quote as '…' does.
    String sql = "select E'it\\'s' as s, e'a\\\\' as t, E'it''s' as u";
    assertEquals(SqlLexer.Part.STRING, SqlLexer.partAt(sql, 7));
    assertEquals(15, SqlLexer.skipQuotedOrComment(sql, 7));
    assertEquals(SqlLexer.Part.STRING, SqlLexer.partAt(sql, 22));
    assertEquals(28, SqlLexer.skipQuotedOrComment(sql, 22));
    assertEquals(43, SqlLexer.skipQuotedOrComment(sql, 35));
    assertEquals("SELECT _UTF16'it''s' AS `s`, _UTF16'a\\' AS `t`, _UTF16'it''s' AS `u`", parsed(sql));
  }

  @Test
  void anEInsideAWordIsNoPrefixAndAPlainStringTakesNoEscapes() throws Exception {
    // a_e is a name; the string after it is plain, and its backslash escapes nothing.
    String sql = "select 1 as a_e'x\\'";
    assertEquals(SqlLexer.Part.CODE, SqlLexer.partAt(sql, 14));
    assertEquals(SqlLexer.Part.STRING, SqlLexer.partAt(sql, 15));
    assertEquals(19, SqlLexer.skipQuotedOrComment(sql, 15));
    assertEquals("Encountered \"\\'x\\\\\\'\" at line 1, column 16.", parseError(sql));
  }

  @Test
  void blockCommentsDoNotNestAndBackticksAndBracketsQuoteNothing() throws Exception {
    String sql = "select 1 /* a /* b */ as c";
    assertEquals(21, SqlLexer.skipQuotedOrComment(sql, 9));
    assertEquals("SELECT 1 AS `c`", parsed(sql));
    assertEquals(SqlLexer.Part.CODE, SqlLexer.partAt("select `a`", 7));
    assertEquals("Lexical error at line 1, column 8.  Encountered: \"`\" (96), after : \"\"", parseError("select `a`"));
    assertEquals(SqlLexer.Part.CODE, SqlLexer.partAt("select [a]", 7));
    assertEquals("Encountered \"[\" at line 1, column 8.", parseError("select [a]"));
  }

  /** {@code sql} as the parser of a connection reads it, written back on one line. */
  private static String parsed(String sql) throws SqlParseException {
    return SqlParser.create(sql, Ttsql.sqlParserConfig()).parseQuery().toString().replace('\n', ' ');
  }

  /** The first line of the parser's error for {@code sql}. */
  private static String parseError(String sql) {
    try {
      throw new AssertionError(parsed(sql));
    } catch (SqlParseException e) {
      return e.getMessage().lines().findFirst().orElseThrow();
    }
  }
}
