package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.function.UnaryOperator;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV (RFC 4180 quoting) or TSV: a header row of column names (unless headers are off), then one
 * record per row, NULL as an empty field (in CSV an empty text as {@code ""}), values exactly as
 * SQL returns them. TSV quotes nothing, so that {@code cut} and {@code awk} split it by tabs; a
 * tab, line break or backslash in a value is written {@code \t}, {@code \n}, {@code \r} or
 * {@code \\}, as PostgreSQL's text format does.
 */
final class DelimitedFormat implements OutputFormat {
  private final String name;
  private final CSVFormat format;
  private final UnaryOperator<String> field;

  private DelimitedFormat(String name, CSVFormat format, UnaryOperator<String> field) {
    this.name = name;
    this.format = format;
    this.field = field;
  }

  static DelimitedFormat csv() {
    return new DelimitedFormat("csv", CSVFormat.RFC4180.builder().setRecordSeparator('\n').get(), UnaryOperator.identity());
  }

  static DelimitedFormat tsv() {
    return new DelimitedFormat("tsv", CSVFormat.TDF.builder().setRecordSeparator('\n').setTrim(false).setQuote(null).get(),
        DelimitedFormat::tsvEscaped);
  }

  /** {@code value} with its backslashes, tabs and line breaks escaped, or null for NULL. */
  private static String tsvEscaped(String value) {
    return value == null ? null
        : value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    boolean more = rs.next(); // a query that fails at its first row prints no header
    ResultSetMetaData md = rs.getMetaData();
    int columns = md.getColumnCount();
    if (options.headers()) {
      for (int i = 1; i <= columns; i++) {
        print(field.apply(md.getColumnLabel(i)), out, i == 1);
      }
      format.println(out);
    }
    long rows = 0;
    for (; more; more = rs.next()) {
      for (int i = 1; i <= columns; i++) {
        print(field.apply(rs.getString(i)), out, i == 1);
      }
      format.println(out);
      rows++;
    }
    out.flush();
    return rows;
  }

  /**
   * One field: an empty text quoted where the format quotes ({@code ""}, as PostgreSQL's COPY and
   * DuckDB write it), so that it differs from NULL's empty field in every column, not only the first.
   */
  private void print(String value, Writer out, boolean newRecord) throws IOException {
    if (value != null && value.isEmpty() && format.isQuoteCharacterSet()) {
      if (!newRecord) {
        out.append(format.getDelimiterString());
      }
      out.append(format.getQuoteCharacter()).append(format.getQuoteCharacter());
    } else {
      format.print(value, out, newRecord);
    }
  }
}
