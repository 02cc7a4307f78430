package io.ttsql.shell.pictures;

import io.ttsql.engine.Counted;
import io.ttsql.shell.output.ColumnKind;
import io.ttsql.udf.AddressFunctions;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * A query result as an HTML table: every value escaped, numbers and addresses right-aligned as the
 * shell's tables show them ({@link ColumnKind}), whole numbers with thousands separators, addresses
 * in hex, NULL in grey; rows past a limit are counted, not shown.
 */
final class HtmlTable {
  private HtmlTable() {}

  /**
   * The table of {@code rows}, at most {@code limit} of them.
   *
   * @param more what to tell after the count of rows left out, e.g. how to see them all
   */
  static String of(ResultSet rows, int limit, String more) throws SQLException {
    ResultSetMetaData columns = rows.getMetaData();
    StringBuilder html = new StringBuilder("<div class=\"table\"><table>\n<thead><tr>");
    ColumnKind[] kinds = new ColumnKind[columns.getColumnCount()];
    for (int c = 1; c <= kinds.length; c++) {
      kinds[c - 1] = ColumnKind.of(columns, c);
      html.append("<th").append(kinds[c - 1].rightAligned() ? " class=\"number\">" : ">")
          .append(Markup.escape(columns.getColumnLabel(c))).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    int shown = 0;
    long left = 0;
    while (rows.next()) {
      if (shown == limit) {
        left++;
        continue;
      }
      html.append("<tr>");
      for (int c = 1; c <= columns.getColumnCount(); c++) {
        html.append(cell(rows, c, kinds[c - 1], isWhole(columns.getColumnType(c)), columns.getColumnLabel(c)));
      }
      html.append("</tr>\n");
      shown++;
    }
    if (shown == 0) {
      html.append(String.format(Locale.ROOT, "<tr><td class=\"none\" colspan=\"%d\">no rows</td></tr>%n",
          columns.getColumnCount()));
    }
    html.append("</tbody>\n</table></div>\n");
    if (left > 0) {
      html.append("<p class=\"more\">").append(Counted.of(left, "more row")).append(": ").append(Markup.escape(more))
          .append("</p>\n");
    }
    return html.toString();
  }

  /** A cell; its classes say whether it holds a number or NULL, and name its column ({@code c-bar}) for the style sheet. */
  private static String cell(ResultSet rows, int column, ColumnKind kind, boolean whole, String label) throws SQLException {
    String value = kind == ColumnKind.ADDRESS ? AddressFunctions.hex(rows.getLong(column))
        : whole ? String.format(Locale.ROOT, "%,d", rows.getLong(column))
        : rows.getString(column);
    boolean isNull = rows.wasNull();
    String classes = (isNull ? "null " : kind.rightAligned() ? "number " : "") + "c-" + Markup.escape(label);
    return "<td class=\"" + classes + "\">" + (isNull ? "NULL" : Markup.escape(value)) + "</td>";
  }

  private static boolean isWhole(int type) {
    return type == Types.BIGINT || type == Types.INTEGER || type == Types.SMALLINT || type == Types.TINYINT;
  }
}
