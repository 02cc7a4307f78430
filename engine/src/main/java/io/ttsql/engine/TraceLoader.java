package io.ttsql.engine;

import io.ttsql.engine.parse.FormatDetector;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.ParseError;
import io.ttsql.engine.store.SourceInfo;
import io.ttsql.engine.store.Trace;
import io.ttsql.engine.store.TraceAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * Loads the files of one trace, in the order given, detecting each file's format from its first
 * bytes and parsing large plain files on every core; in strict mode a read cut short (a corrupt
 * or truncated compressed file) or the first parse error fails the load.
 */
public final class TraceLoader {
  /** SQLState of a parse error in strict mode. */
  public static final String PARSE_ERROR_STATE = "22000";
  /** How much of a log's start its format is told from: application output may come first. */
  private static final int DETECTION_BYTES = 1 << 20;

  private final LoadProgress progress;
  private final boolean strict;
  private final int parallelism;
  private final long parallelMinBytes;

  public TraceLoader(LoadProgress progress, boolean strict) {
    this(progress, strict, Runtime.getRuntime().availableProcessors(), FileParser.PARALLEL_MIN_BYTES);
  }

  /**
   * A loader using at most {@code parallelism} threads per file, which cuts plain files of
   * {@code parallelMinBytes} or more into parts (tests cut small files).
   */
  TraceLoader(LoadProgress progress, boolean strict, int parallelism, long parallelMinBytes) {
    this.progress = progress;
    this.strict = strict;
    this.parallelism = parallelism;
    this.parallelMinBytes = parallelMinBytes;
  }

  /** Reads every file into one trace. */
  public Trace load(List<LogSource> sources) throws SQLException {
    for (LogSource source : sources) {
      source.check();
    }
    TraceAssembler assembler = new TraceAssembler();
    ExecutorService pool = DaemonPool.of("ttsql-load", parallelism);
    try {
      FileParser parser = new FileParser(pool, parallelism, parallelMinBytes);
      for (LogSource source : sources) {
        loadFile(source, parser, assembler);
      }
    } finally {
      pool.shutdownNow();
    }
    return assembler.build();
  }

  private void loadFile(LogSource source, FileParser parser, TraceAssembler assembler) throws SQLException {
    long started = System.nanoTime();
    try (LogSource.Opened opened = source.open()) {
      InputStream in = opened.in();
      in.mark(DETECTION_BYTES);
      byte[] head = in.readNBytes(DETECTION_BYTES);
      in.reset();
      int byteOrderMark = ByteOrderMark.length(head, head.length);
      LogFormat format = FormatDetector.detect(Arrays.copyOfRange(head, byteOrderMark, head.length), head.length - byteOrderMark);
      ParsedFile file = parser.parse(opened, format, byteOrderMark, (read, events) -> {
        if (progress != null) {
          progress.update(source.name(), read, opened.size(), events);
        }
      });
      String readError = opened.readError(file.bytes());
      if (strict && readError != null) {
        throw source.unreadable("reading stopped early (" + readError + ")");
      }
      long millis = (System.nanoTime() - started) / 1_000_000;
      SourceInfo info = assembler.addFile(source.name(), format.sqlName(), file.bytes(), file.parts(), file.partLines(),
          millis, readError);
      ParseError first = strict ? assembler.firstParseError() : null;
      if (first != null) {
        throw new SQLException(
            source.name() + ":" + first.line() + ": " + first.reason() + ": " + first.text(), PARSE_ERROR_STATE);
      }
      if (progress != null) {
        progress.update(source.name(), file.bytes(), opened.size(), info.events());
      }
    } catch (IOException e) {
      throw source.unreadable(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
  }
}
