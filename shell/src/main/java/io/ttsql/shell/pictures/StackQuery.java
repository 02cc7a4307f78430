package io.ttsql.shell.pictures;

import io.ttsql.shell.session.SqlErrorMessage;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weighted call stacks of a flame graph over a ttsql connection: the chosen weight per
 * {@code stack_id} of the selected {@code lifetimes}, and the frames of those stacks.
 */
final class StackQuery {
  /** Stack id of the lifetimes without a call stack. */
  private static final long NO_STACK = -1;

  private StackQuery() {}

  /**
   * The flame graph of the {@code lifetimes} rows where {@code condition} holds (all rows when null).
   *
   * @throws ConditionFailed when the query with {@code condition} fails
   */
  static FlameGraph read(Connection connection, FlameWeight weight, String condition) throws SQLException {
    String sql = "select stack_id, " + weight.aggregate() + " as weight, count(*) as lifetimes\nfrom lifetimes"
        + (condition == null ? "" : "\nwhere (" + condition + "\n)") + "\ngroup by stack_id";
    Map<Long, BigInteger> weights = new LinkedHashMap<>();
    long lifetimes = 0;
    long stackless = 0;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        long stack = rows.getLong(1);
        stack = rows.wasNull() ? NO_STACK : stack;
        weights.put(stack, rows.getBigDecimal(2).toBigIntegerExact());
        lifetimes += rows.getLong(3);
        stackless += stack == NO_STACK ? rows.getLong(3) : 0;
      }
    } catch (SQLException e) {
      if (condition == null) {
        throw e;
      }
      throw new ConditionFailed(new BadConditionException(condition, reason(connection, condition, e, sql), e));
    }
    Map<Long, List<FrameLabel>> paths = outermostFirst(connection);
    FlameNode root = FlameNode.root();
    for (Map.Entry<Long, BigInteger> stack : weights.entrySet()) {
      if (stack.getValue().signum() > 0) {
        List<FrameLabel> path = stack.getKey() == NO_STACK ? null : paths.get(stack.getKey());
        root.add(path == null ? List.of(FrameLabel.NO_STACK) : path, stack.getValue());
      }
    }
    return new FlameGraph(root, weight, condition, lifetimes, stackless);
  }

  /**
   * Why the query failed, as the condition alone fails where it does: in the query the condition
   * stands in parentheses, so one cut short ({@code size >}) was told by the parser's view of the
   * closing one ({@code Encountered "> )"}), a parenthesis that was never typed.
   */
  private static String reason(Connection connection, String condition, SQLException failure, String sql) {
    String alone = "select 1 from lifetimes where " + condition;
    try (PreparedStatement statement = connection.prepareStatement(alone)) {
      return SqlErrorMessage.reason(failure, sql);
    } catch (SQLException e) {
      return SqlErrorMessage.reason(e, alone);
    }
  }

  /** Every stack's frame labels, from the outermost caller to frame 0. */
  private static Map<Long, List<FrameLabel>> outermostFirst(Connection connection) throws SQLException {
    Map<Long, List<FrameLabel>> stacks = new HashMap<>();
    String sql = "select stack_id, \"module\", \"function\" from frames order by stack_id, depth";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        stacks.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(FrameLabel.of(rows.getString(2), rows.getString(3)));
      }
    }
    stacks.values().forEach(Collections::reverse);
    return stacks;
  }

  /** The query with the user's condition failed; the cause says why. */
  static final class ConditionFailed extends SQLException {
    private static final long serialVersionUID = 1L;

    ConditionFailed(BadConditionException cause) {
      super(cause.getMessage(), cause);
    }

    BadConditionException reason() {
      return (BadConditionException) getCause();
    }
  }
}
