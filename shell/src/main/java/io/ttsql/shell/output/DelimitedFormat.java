package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV (RFC 4180 quoting) or TSV: a header row of column names, then one record per row, NULL as
 * an empty field, values exactly as SQL returns them.
 */
final class DelimitedFormat implements OutputFormat {
  private final String name;
  private final CSVFormat format;

  private DelimitedFormat(String name, CSVFormat format) {
    this.name = name;
    this.format = format;
  }

  static DelimitedFormat csv() {
    return new DelimitedFormat("csv", CSVFormat.RFC4180.builder().setRecordSeparator('\n').get());
  }

  static DelimitedFormat tsv() {
    return new DelimitedFormat("tsv", CSVFormat.TDF.builder().setRecordSeparator('\n').setTrim(false).get());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    boolean more = rs.next(); // a query that fails at its first row prints no header
    CSVPrinter printer = new CSVPrinter(out, format);
    ResultSetMetaData md = rs.getMetaData();
    int columns = md.getColumnCount();
    for (int i = 1; i <= columns; i++) {
      printer.print(md.getColumnLabel(i));
    }
    printer.println();
    long rows = 0;
    for (; more; more = rs.next()) {
      for (int i = 1; i <= columns; i++) {
        printer.print(rs.getString(i));
      }
      printer.println();
      rows++;
    }
    printer.flush();
    return rows;
  }
}
