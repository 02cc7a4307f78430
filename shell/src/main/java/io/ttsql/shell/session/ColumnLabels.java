package io.ttsql.shell.session;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.calcite.HexLiterals;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Heads the columns that a query left unnamed, which Calcite calls {@code EXPR$0}, with their
 * expression as typed ({@code count(*)}), as DuckDB's shell does; named columns keep their names.
 */
public final class ColumnLabels {
  private static final Pattern GENERATED = Pattern.compile("EXPR\\$\\d+");
  private static final SqlParser.Config PARSER = Ttsql.sqlParserConfig();

  private ColumnLabels() {}

  /** {@code rs}, its unnamed columns labelled by their text in {@code sql}. */
  public static ResultSet named(ResultSet rs, String sql) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> typed = null; // parsed only when a column needs it
    String[] labels = new String[md.getColumnCount()];
    boolean renamed = false;
    for (int i = 0; i < labels.length; i++) {
      labels[i] = md.getColumnLabel(i + 1);
      if (GENERATED.matcher(labels[i]).matches()) {
        typed = typed == null ? selectItems(sql) : typed;
        if (i < typed.size()) {
          labels[i] = typed.get(i);
          renamed = true;
        }
      }
    }
    if (!renamed) {
      return rs;
    }
    ResultSetMetaData relabelled = intercept(ResultSetMetaData.class, md, "getColumnLabel", args -> labels[(int) args[0] - 1]);
    return intercept(ResultSet.class, rs, "getMetaData", args -> relabelled);
  }

  /**
   * The text of each item of the statement's select list, blanks collapsed, or of the first
   * SELECT of a UNION, INTERSECT or EXCEPT, which names its columns; {@code col0}, {@code col1}…
   * for a VALUES list, as DuckDB names them. Empty when the statement is none of these, has a
   * {@code *}, or does not parse.
   */
  static List<String> selectItems(String sql) {
    SqlNode query;
    try {
      query = SqlParser.create(HexLiterals.asZeros(sql), PARSER).parseQuery();
    } catch (SqlParseException e) {
      return List.of();
    }
    while (query instanceof SqlWith || query instanceof SqlOrderBy || query.getKind().belongsTo(SqlKind.SET_QUERY)) {
      query = query instanceof SqlWith with ? with.body
          : query instanceof SqlOrderBy orderBy ? orderBy.query
          : ((SqlCall) query).operand(0);
    }
    if (query.getKind() == SqlKind.VALUES) {
      int columns = ((SqlCall) ((SqlCall) query).operand(0)).operandCount();
      return IntStream.range(0, columns).mapToObj(c -> "col" + c).toList();
    }
    if (!(query instanceof SqlSelect select)) {
      return List.of();
    }
    String[] lines = sql.split("\n", -1);
    List<String> texts = new ArrayList<>();
    for (SqlNode item : select.getSelectList()) {
      if (item instanceof SqlIdentifier id && id.isStar()) {
        return List.of();
      }
      texts.add(textAt(lines, span(item)));
    }
    return texts;
  }

  /**
   * Where {@code node} and everything in it were typed: Calcite places a call of {@code
   * stacks.hex(…)} at {@code hex}, and an operation on one at that too.
   */
  private static SqlParserPos span(SqlNode node) {
    List<SqlNode> inside = new ArrayList<>();
    if (node instanceof SqlCall call) {
      if (call.getOperator() instanceof SqlFunction function && function.getSqlIdentifier() != null) {
        inside.add(function.getSqlIdentifier());
      }
      inside.addAll(call.getOperandList());
    } else if (node instanceof SqlNodeList list) {
      inside.addAll(list);
    }
    List<SqlParserPos> spans = new ArrayList<>(List.of(node.getParserPosition()));
    for (SqlNode part : inside) {
      if (part != null && part.getParserPosition().getLineNum() > 0) {
        spans.add(span(part));
      }
    }
    return SqlParserPos.sum(spans);
  }

  private static String textAt(String[] lines, SqlParserPos pos) {
    StringBuilder text = new StringBuilder();
    for (int line = pos.getLineNum(); line <= pos.getEndLineNum(); line++) {
      String whole = lines[line - 1];
      int from = line == pos.getLineNum() ? pos.getColumnNum() - 1 : 0;
      int to = line == pos.getEndLineNum() ? Math.min(pos.getEndColumnNum(), whole.length()) : whole.length();
      text.append(whole, Math.min(from, to), to).append(' ');
    }
    return text.toString().strip().replaceAll("\\s+", " ");
  }

  /** What an intercepted method returns instead, from its arguments. */
  @FunctionalInterface
  private interface Answer {
    Object apply(Object[] args);
  }

  /** {@code target} seen through {@code type}, with {@code method} answered by {@code answer}. */
  private static <T> T intercept(Class<T> type, T target, String method, Answer answer) {
    return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
      if (m.getName().equals(method)) {
        return answer.apply(args);
      }
      try {
        return m.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }));
  }
}
