package io.ttsql.shell.cli;

import io.ttsql.engine.ByteTotals;
import io.ttsql.engine.Counted;
import io.ttsql.udf.SizeFunctions;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The leaks and leaked bytes of two runs, summed over the rows of a diff query (so suppressions
 * and the definition of a leak are the query's own); the bytes exactly, since a few garbage sizes
 * near 2^63 add up past a BIGINT.
 *
 * @param leaksBefore leaks of the run before
 * @param bytesBefore their bytes
 * @param leaksAfter leaks of the run after
 * @param bytesAfter their bytes
 */
record LeakTotals(long leaksBefore, BigInteger bytesBefore, long leaksAfter, BigInteger bytesAfter) {
  /** Sums the {@code leaks_before}, {@code leaked_bytes_before}… columns of the result of {@code diffSql}. */
  static LeakTotals of(Connection connection, String diffSql) throws SQLException {
    long leaksBefore = 0;
    long leaksAfter = 0;
    ByteTotals bytes = new ByteTotals(2);
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(diffSql)) {
      while (rs.next()) {
        leaksBefore += rs.getLong("leaks_before");
        bytes.add(0, rs.getLong("leaked_bytes_before"));
        leaksAfter += rs.getLong("leaks_after");
        bytes.add(1, rs.getLong("leaked_bytes_after"));
      }
    }
    return new LeakTotals(leaksBefore, bytes.exact(0), leaksAfter, bytes.exact(1));
  }

  /** Whether more bytes leaked after than before. */
  boolean grew() {
    return bytesAfter.compareTo(bytesBefore) > 0;
  }

  /** One line: {@code leaked: before 7.3 MB in 5 leaks, after 5.5 MB in 4 leaks (-1.8 MB)}. */
  String describe() {
    BigInteger change = bytesAfter.subtract(bytesBefore);
    return String.format(Locale.ROOT, "leaked: before %s in %s, after %s in %s (%s%s)",
        SizeFunctions.humanTotal(bytesBefore), Counted.of(leaksBefore, "leak"),
        SizeFunctions.humanTotal(bytesAfter), Counted.of(leaksAfter, "leak"),
        change.signum() > 0 ? "+" : "", SizeFunctions.humanTotal(change));
  }
}
