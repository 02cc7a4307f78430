package io.ttsql.engine.calcite;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.util.SqlBasicVisitor;

/**
 * Refuses a LIMIT (or FETCH) or OFFSET number beyond an int in a parsed statement, in any of its
 * queries: Calcite's plans hold row counts as ints and failed to build with their own description
 * ({@code Unable to implement EnumerableLimit(fetch=[3000000000:BIGINT]) …}). A fraction is cut
 * to its whole part, as Calcite does, so {@code LIMIT 2147483647.5} still runs.
 */
final class LimitLiterals extends SqlBasicVisitor<Void> {
  /** The first row count Calcite's plans cannot hold. */
  private static final BigDecimal TOO_MANY = BigDecimal.valueOf(Integer.MAX_VALUE + 1L);

  private LimitLiterals() {}

  /**
   * Checks every LIMIT and OFFSET of {@code statement}.
   *
   * @throws IllegalArgumentException for the first number beyond an int, in one line
   */
  static void check(SqlNode statement) {
    statement.accept(new LimitLiterals());
  }

  @Override
  public Void visit(SqlCall call) {
    if (call instanceof SqlOrderBy orderBy) { // the parser's node for any query with a LIMIT or OFFSET
      check("OFFSET", orderBy.offset);
      check("LIMIT", orderBy.fetch);
    }
    return super.visit(call);
  }

  /** Refuses {@code rows}, the number of a LIMIT or OFFSET (or a parameter, or null), when beyond an int. */
  private static void check(String clause, SqlNode rows) {
    if (rows instanceof SqlNumericLiteral literal && literal.bigDecimalValue().compareTo(TOO_MANY) >= 0) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "%s %s is beyond the largest row count, %d",
          clause, literal.toValue(), Integer.MAX_VALUE));
    }
  }
}
