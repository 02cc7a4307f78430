package io.ttsql.shell.session;

import io.ttsql.engine.Counted;
import io.ttsql.shell.output.OutputFormat;
import io.ttsql.shell.output.OutputOptions;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * A connection to loaded logs and the settings of one shell or script run: runs statements, prints
 * their results in the chosen format with a footer, and cancels the running statement, or the
 * printing of its result, on request.
 */
public final class Session implements AutoCloseable {
  /** What a canceled statement reports, in the driver's words for a query stopped while it ran. */
  private static final String CANCELED = "Statement canceled";

  private final Settings settings;
  private final ResultSink results;
  private final PrintWriter messages;
  private final IntSupplier terminalWidth;
  private final boolean color;
  private final AtomicLong cancels = new AtomicLong();
  private Connection connection;
  private volatile Statement running;
  private volatile boolean canceled;

  /**
   * @param connection the ttsql connection (replaced by {@link #reconnect})
   * @param settings the initial settings, changed by dot commands
   * @param results where results go (the screen, or a file after {@code .output})
   * @param messages where errors and notes go
   * @param terminalWidth the terminal's width, which tables on the screen fit unless {@code
   *     .maxwidth} says otherwise; 0 when there is no terminal
   * @param color whether ANSI styles may be used on the screen
   */
  public Session(
      Connection connection,
      Settings settings,
      ResultSink results,
      PrintWriter messages,
      IntSupplier terminalWidth,
      boolean color) {
    this.connection = connection;
    this.settings = settings;
    this.results = results;
    this.messages = messages;
    this.terminalWidth = terminalWidth;
    this.color = color;
  }

  public Settings settings() {
    return settings;
  }

  public Connection connection() {
    return connection;
  }

  /** Whether ANSI styles may be used on the screen: results, and the shell's highlighting. */
  public boolean color() {
    return color;
  }

  public ResultSink results() {
    return results;
  }

  /** Where errors and notes are printed. */
  public PrintWriter messages() {
    return messages;
  }

  /**
   * How many columns results may take: the terminal's width, or {@code .maxwidth}'s, on the screen;
   * 0 (no limit) when there is no terminal and for a file, which gets every character.
   */
  public int screenWidth() {
    return results.isScreen() ? settings.maxWidth().orElse(terminalWidth.getAsInt()) : 0;
  }

  /** Closes the current connection and continues with {@code next}. */
  public void reconnect(Connection next) throws SQLException {
    Connection previous = connection;
    connection = next;
    previous.close();
  }

  /**
   * Runs one statement and prints its result and footer.
   *
   * @return the number of rows of the result (or rows changed)
   */
  public long execute(String sql) throws SQLException {
    long started = System.nanoTime();
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(settings.timeoutSeconds());
      running = statement;
      long rows;
      boolean hasResult = statement.execute(sql);
      if (hasResult) {
        try (ResultSet rs = statement.getResultSet()) {
          rows = print(ColumnLabels.named(rs, sql), settings.headers());
        }
      } else {
        rows = statement.getUpdateCount();
      }
      footer(rows, System.nanoTime() - started);
      return rows;
    } finally {
      running = null;
      canceled = false;
      results.writer().flush();
    }
  }

  /**
   * Runs a query with {@code ?} parameters and prints its result without a footer (for dot
   * commands), with its column names whatever {@code .headers} says: they describe ttsql itself.
   *
   * @return the number of rows
   */
  public long show(String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.setQueryTimeout(settings.timeoutSeconds());
      running = statement;
      try (ResultSet rs = statement.executeQuery()) {
        return print(rs, true);
      }
    } finally {
      running = null;
      canceled = false;
      results.writer().flush();
    }
  }

  /**
   * Prints a result in the current format, without a footer, with its column names or not;
   * returns its number of rows.
   *
   * @throws SQLException when canceled, or when a file named by {@code .output} cannot be written
   * @throws OutputFailure when standard output cannot be written
   */
  private long print(ResultSet rs, boolean headers) throws SQLException {
    OutputFormat format = settings.format();
    boolean screen = results.isScreen();
    OutputOptions options = new OutputOptions(screenWidth(), settings.maxRows(), screen && color, settings.nullValue(), headers);
    ResultWriter out = new ResultWriter(results.writer(), results.target(), () -> canceled);
    try {
      long rows = format.write(rs, out, options);
      out.flush();
      return rows;
    } catch (InterruptedIOException e) {
      throw new SQLException(CANCELED, e);
    } catch (IOException e) {
      if (screen) {
        throw new OutputFailure(e.getMessage(), e);
      }
      throw new SQLException(e.getMessage(), e);
    } finally {
      out.finishLine(); // a result cut short ends its line, so that the error starts on its own
    }
  }

  /**
   * The row count and, with the timer on, the time: on the screen even while results go to a file.
   * After a format without a footer (data, or markdown to paste) only the timer speaks, on the
   * messages stream when the result itself went to the screen, so that the data stays clean.
   */
  private void footer(long rows, long nanos) {
    boolean hasFooter = settings.format().hasFooter();
    if (!hasFooter && !settings.timer()) {
      return;
    }
    String count = Counted.of(rows, "row");
    String time = settings.timer() ? String.format(Locale.ROOT, " in %.3f s", nanos / 1e9) : "";
    PrintWriter out = hasFooter || !results.isScreen() ? results.screen() : messages;
    out.println(count + time);
  }

  /**
   * Cancels the running statement, if any, and the printing of its result (called from another
   * thread, e.g. on Ctrl-C), and counts the request.
   */
  public void cancel() {
    cancels.incrementAndGet();
    Statement statement = running;
    if (statement != null) {
      canceled = true;
      try {
        statement.cancel();
      } catch (SQLException e) {
        messages.println("could not cancel: " + e.getMessage());
      }
    }
  }

  /**
   * How many times {@link #cancel} has been called: when it changes while input runs, the user
   * asked to stop it, even between two statements.
   */
  public long cancels() {
    return cancels.get();
  }

  @Override
  public void close() throws SQLException {
    results.close();
    connection.close();
  }
}
