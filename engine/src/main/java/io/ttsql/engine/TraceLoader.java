package io.ttsql.engine;

import io.ttsql.engine.parse.FormatDetector;
import io.ttsql.engine.parse.LineSplitter;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.ParseErrorRows;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.store.TraceBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.List;

/**
 * Loads the files of one trace, in the order given, detecting each file's format from its first
 * bytes; in strict mode the first parse error fails the load.
 */
public final class TraceLoader {
  /** SQLState of a parse error in strict mode. */
  public static final String PARSE_ERROR_STATE = "22000";
  private static final int DETECTION_BYTES = 1 << 16;

  private final LoadProgress progress;
  private final boolean strict;

  public TraceLoader(LoadProgress progress, boolean strict) {
    this.progress = progress;
    this.strict = strict;
  }

  /** Reads every file into one trace. */
  public Trace load(List<LogSource> sources) throws SQLException {
    for (LogSource source : sources) {
      source.check();
    }
    TraceBuilder builder = new TraceBuilder();
    for (LogSource source : sources) {
      loadFile(source, builder);
      if (strict) {
        failOnFirstError(builder, source);
      }
    }
    return builder.build();
  }

  private void loadFile(LogSource source, TraceBuilder builder) throws SQLException {
    long started = System.nanoTime();
    try (LogSource.Opened opened = source.open()) {
      InputStream in = opened.in();
      in.mark(DETECTION_BYTES);
      byte[] head = in.readNBytes(DETECTION_BYTES);
      in.reset();
      LogFormat format = FormatDetector.detect(head, head.length);
      builder.beginFile();
      LineSplitter splitter =
          new LineSplitter(
              format.newParser(builder),
              read -> {
                if (progress != null) {
                  progress.update(source.name(), read, opened.size(), builder.eventCount());
                }
              });
      splitter.run(in);
      long millis = (System.nanoTime() - started) / 1_000_000;
      builder.endFile(source.name(), format.sqlName(), splitter.bytes(), splitter.lines(), millis, opened.readError());
    } catch (IOException e) {
      throw source.unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }

  private static void failOnFirstError(TraceBuilder builder, LogSource source) throws SQLException {
    ParseErrorRows errors = builder.parseErrors();
    if (errors.count() > 0) {
      throw new SQLException(
          source.name() + ":" + errors.line(0) + ": " + errors.reason(0) + ": " + errors.text(0), PARSE_ERROR_STATE);
    }
  }
}
