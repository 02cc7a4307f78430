package io.ttsql.engine.duckdb;

import io.ttsql.udf.StackSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * The call stacks of a trace kept in DuckDB, for the stack functions: each stack's frames are read
 * from its schema's {@code frames} table the first time a function asks for it, then kept.
 */
final class DuckDbStacks implements StackSource {
  /** One frame: its module (null for a raw address) and function (empty for a hidden symbol). */
  private record Frame(String module, String function) {}

  private final DataSource dataSource;
  private final String framesQuery;
  private final Map<Long, List<Frame>> stacks = new ConcurrentHashMap<>();

  DuckDbStacks(DataSource dataSource, String schema) {
    this.dataSource = dataSource;
    this.framesQuery = "select \"module\", \"function\" from \"" + schema.replace("\"", "\"\"")
        + "\".frames where stack_id = ? order by depth";
  }

  @Override
  public int frameCount(long stackId) {
    return frames(stackId).size();
  }

  @Override
  public String function(long stackId, int depth) {
    return frames(stackId).get(depth).function();
  }

  @Override
  public String module(long stackId, int depth) {
    return frames(stackId).get(depth).module();
  }

  private List<Frame> frames(long stackId) {
    return stacks.computeIfAbsent(stackId, this::read);
  }

  private List<Frame> read(long stackId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(framesQuery)) {
      statement.setLong(1, stackId);
      List<Frame> frames = new ArrayList<>();
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          frames.add(new Frame(rs.getString(1), rs.getString(2)));
        }
      }
      return List.copyOf(frames);
    } catch (SQLException e) {
      throw new IllegalStateException("stack functions: cannot read the frames of stack " + stackId + ": " + e.getMessage(), e);
    }
  }
}
