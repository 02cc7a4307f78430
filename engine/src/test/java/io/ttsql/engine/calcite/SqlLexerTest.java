package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The literals, quoted names and comments that SQL's other characters mean nothing inside. */
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
  }
}
