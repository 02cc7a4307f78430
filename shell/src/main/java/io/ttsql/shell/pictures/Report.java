package io.ttsql.shell.pictures;

import io.ttsql.engine.Counted;
import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.queries.QueryLibrary;
import io.ttsql.queries.SavedQuery;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The one-page HTML report of a trace, to attach to a bug report: the saved queries {@code
 * summary}, {@code leaks-by-callsite} and {@code size-histogram} as tables, the memory timeline and
 * the flame graph of leaked bytes. Self-contained: inline style, SVG and script, nothing fetched.
 */
public final class Report {
  /** Rows of a query shown before the rest are only counted. */
  private static final int MOST_ROWS = 50;

  private Report() {}

  /**
   * The report of the trace in the default schema of {@code connection}.
   *
   * @param generator what wrote it, for the footer: {@code ttsql 0.1.0}
   * @param runOptions the command-line options the tables were made with ({@code --suppressions F}),
   *     repeated in the hints that show how to see a table's every row
   */
  public static String html(Connection connection, AnalyzedTrace trace, String generator, List<String> runOptions)
      throws SQLException {
    List<SourceInfo> sources = trace.trace().sources();
    String files = sources.stream().map(SourceInfo::file).collect(Collectors.joining(", "));
    String logArguments = Stream.concat(runOptions.stream(), sources.stream().map(SourceInfo::file))
        .map(Report::shellWord).collect(Collectors.joining(" "));
    StringBuilder page = new StringBuilder();
    page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Markup.escape(title(sources))).append("</title>\n")
        .append("<style>\n").append(Markup.resource("report.css")).append("</style>\n</head>\n<body>\n");
    page.append("<header>\n<h1>ttsql report</h1>\n<ul class=\"files\">\n");
    for (SourceInfo source : sources) {
      page.append("<li>").append(Markup.escape(describe(source))).append("</li>\n");
    }
    page.append("</ul>\n<nav><a href=\"#summary\">Summary</a> <a href=\"#leaks-by-callsite\">Leaks by callsite</a>"
        + " <a href=\"#size-histogram\">Size histogram</a> <a href=\"#timeline\">Timeline</a>"
        + " <a href=\"#flamegraph\">Flame graph</a></nav>\n</header>\n");
    QueryLibrary library = QueryLibrary.standard();
    query(page, connection, library.get("summary"), "Summary", logArguments);
    query(page, connection, library.get("leaks-by-callsite"), "Leaks by callsite", logArguments);
    query(page, connection, library.get("size-histogram"), "Size histogram", logArguments);
    section(page, "timeline", "Timeline",
        "The bytes each device held, per buffer type, after each event; a buffer counts from its allocation up to"
            + " the event that ended it. Hover a dot for the peak, a red dashed line for a process exit.",
        TimelineSvg.render(Timeline.of(trace)));
    FlameGraph flame = StackQuery.read(connection, FlameWeight.LEAKED_BYTES, null);
    section(page, "flamegraph", "Flame graph",
        "The call stacks of the allocations never freed (reclaimed at a process exit or still held at the end of"
            + " the log), widths in bytes. Hover a frame for its function, bytes and share; click it to zoom in.",
        FlameGraphSvg.render(flame));
    page.append("<footer>Written by ").append(Markup.escape(generator)).append(" from ").append(Markup.escape(files))
        .append(". The tables are the saved queries of the same name (<code>ttsql run NAME LOG</code>).</footer>\n");
    page.append("</body>\n</html>\n");
    return page.toString();
  }

  /** {@code ttsql report: debug.log}, or {@code ttsql report: a.log and 2 more}. */
  static String title(List<SourceInfo> sources) {
    String first = sources.isEmpty() ? "no log" : sources.get(0).file();
    return "ttsql report: " + first + (sources.size() > 1 ? " and " + (sources.size() - 1) + " more" : "");
  }

  private static String describe(SourceInfo s) {
    return s.file() + ": " + s.format() + " log, " + Counted.of(s.lines(), "line") + ", " + Counted.of(s.events(), "event")
        + (s.errorLines() == 0 ? "" : ", " + Counted.of(s.errorLines(), "line") + " not understood");
  }

  private static void query(StringBuilder page, Connection connection, SavedQuery query, String heading,
      String logArguments) throws SQLException {
    String table;
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query.bind(Map.of()))) {
      table = HtmlTable.of(rows, MOST_ROWS, "ttsql run " + query.name() + " " + logArguments + " lists them all");
    }
    section(page, query.name(), heading, query.description(), table);
  }

  /** {@code word} as a POSIX shell reads it back: as it is when it is plain, else in single quotes. */
  static String shellWord(String word) {
    return word.matches("[A-Za-z0-9_./:=@%+,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  private static void section(StringBuilder page, String id, String heading, String about, String body) {
    page.append("<section id=\"").append(id).append("\">\n<h2>").append(Markup.escape(heading)).append("</h2>\n")
        .append("<p class=\"about\">").append(Markup.escape(about)).append("</p>\n").append(body).append("</section>\n");
  }
}
