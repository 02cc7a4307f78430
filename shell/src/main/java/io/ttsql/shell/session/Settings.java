package io.ttsql.shell.session;

import io.ttsql.shell.output.OutputFormat;
import io.ttsql.shell.output.OutputFormats;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The settings a session's dot commands change: output format, headers, the text of NULL, timer, row
 * limit, table width, statement timeout, and stopping on errors.
 */
public final class Settings {
  /** Row limit of formats meant for people in an interactive session. */
  public static final long INTERACTIVE_MAX_ROWS = 200;
  /**
   * The longest statement timeout, in seconds (24 days): Calcite keeps it as an int of
   * milliseconds, which a longer one overflows (4294968 s became a timeout of 0.7 s).
   */
  public static final int MAX_TIMEOUT_SECONDS = Integer.MAX_VALUE / 1000;

  private OutputFormat format = OutputFormats.table();
  private boolean headers = true;
  private String nullValue = "NULL";
  private boolean timer;
  private long maxRows;
  private OptionalInt maxWidth = OptionalInt.empty();
  private int timeoutSeconds;
  private boolean bail;

  public OutputFormat format() {
    return format;
  }

  public void format(OutputFormat value) {
    format = value;
  }

  /** Whether csv, tsv, table and markdown output begin with the column names. */
  public boolean headers() {
    return headers;
  }

  public void headers(boolean value) {
    headers = value;
  }

  /** The text that shows SQL NULL in the formats meant for people (csv and tsv write an empty field, json null). */
  public String nullValue() {
    return nullValue;
  }

  public void nullValue(String value) {
    nullValue = Objects.requireNonNull(value);
  }

  /** Whether footers show how long a statement took. */
  public boolean timer() {
    return timer;
  }

  public void timer(boolean value) {
    timer = value;
  }

  /** Most rows that formats meant for people show, 0 for all. */
  public long maxRows() {
    return maxRows;
  }

  public void maxRows(long value) {
    if (value < 0) {
      throw new IllegalArgumentException("the row limit must be 0 (no limit) or more");
    }
    maxRows = value;
  }

  /** The seconds a statement may run before it is stopped, 0 for no limit. */
  public int timeoutSeconds() {
    return timeoutSeconds;
  }

  public void timeoutSeconds(long value) {
    if (value < 0 || value > MAX_TIMEOUT_SECONDS) {
      throw new IllegalArgumentException("the timeout must be 0 (no limit) to " + MAX_TIMEOUT_SECONDS + " seconds");
    }
    timeoutSeconds = (int) value;
  }

  /** The columns that tables on the screen fit in, 0 for no limit; empty (at first) for the terminal's width. */
  public OptionalInt maxWidth() {
    return maxWidth;
  }

  public void maxWidth(OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 0) {
      throw new IllegalArgumentException("the width must be 0 (no limit) or more");
    }
    maxWidth = value;
  }

  /** Whether a script stops at its first error. */
  public boolean bail() {
    return bail;
  }

  public void bail(boolean value) {
    bail = value;
  }
}
