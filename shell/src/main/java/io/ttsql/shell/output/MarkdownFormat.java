package io.ttsql.shell.output;

import java.io.IOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A GitHub-flavoured Markdown table, for pasting results into issues and pull requests; without
 * headers, only its rows, to add to a table.
 */
final class MarkdownFormat implements OutputFormat {
  @Override
  public String name() {
    return "markdown";
  }

  @Override
  public boolean forPeople() {
    return true;
  }

  @Override
  public boolean hasFooter() {
    return false; // the table is pasted into documents as it is
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    BufferedRows result = BufferedRows.read(rs, options, false);
    DisplayRow columns = result.columns;
    StringBuilder header = new StringBuilder("|");
    StringBuilder rule = new StringBuilder("|");
    for (int i = 0; i < columns.columnCount(); i++) {
      header.append(' ').append(escape(columns.label(i))).append(" |");
      rule.append(columns.kind(i).rightAligned() ? " ---: |" : " --- |");
    }
    if (options.headers()) {
      out.append(header).append('\n').append(rule).append('\n');
    }
    for (String[] row : result.rows) {
      out.append('|');
      for (String cell : row) {
        out.append(' ').append(escape(columns.text(cell))).append(" |");
      }
      out.append('\n');
    }
    result.noteHidden(out, options.width());
    return result.total();
  }

  private static String escape(String text) {
    return text.replace("|", "\\|");
  }
}
