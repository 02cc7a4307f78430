package io.ttsql.engine;

import io.ttsql.engine.parse.LineSplitter;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.parse.PartBoundaries;
import io.ttsql.engine.store.TracePart;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Parses one file: a plain file large enough is cut into ranges at safe boundaries and the ranges
 * are parsed at the same time on the pool's threads; anything else (compressed, small, a bundled
 * sample) is parsed as one stream.
 */
final class FileParser {
  /** Files smaller than this are not worth cutting. */
  static final long PARALLEL_MIN_BYTES = 8L << 20;
  private static final long PROGRESS_MILLIS = 100;

  private final ExecutorService pool;
  private final int parallelism;
  private final long parallelMinBytes;

  /**
   * @param parallelism how many threads may parse one file
   * @param parallelMinBytes files smaller than this are parsed whole ({@link #PARALLEL_MIN_BYTES}; tests cut small files)
   */
  FileParser(ExecutorService pool, int parallelism, long parallelMinBytes) {
    this.pool = pool;
    this.parallelism = parallelism;
    this.parallelMinBytes = parallelMinBytes;
  }

  /** Told how far parsing one file has got. */
  @FunctionalInterface
  interface Progress {
    /** {@code bytes} read so far, {@code events} parsed so far (both approximate while parts run). */
    void update(long bytes, long events);
  }

  /**
   * Parses {@code opened}, reporting how far it has got to {@code progress}.
   *
   * @param skipped bytes at the start that are no text of the log (a byte order mark), counted as read
   */
  ParsedFile parse(LogSource.Opened opened, LogFormat format, int skipped, Progress progress) throws IOException {
    FileChannel plainFile = opened.plainFile();
    if (plainFile == null || parallelism < 2 || opened.size() < parallelMinBytes) {
      TracePart part = new TracePart();
      LineSplitter splitter =
          new LineSplitter(format.newParser(part), bytes -> progress.update(skipped + bytes, part.eventCount()));
      InputStream in = opened.in();
      in.skipNBytes(skipped);
      splitter.run(in);
      return new ParsedFile(List.of(part), new long[] {splitter.lines()}, skipped + splitter.bytes());
    }
    long[] cuts = PartBoundaries.find(plainFile, opened.size(), format, parallelism * 2);
    cuts[0] = skipped;
    AtomicLong read = new AtomicLong();
    List<Future<LineSplitter>> running = new ArrayList<>();
    List<TracePart> parts = new ArrayList<>();
    for (int i = 0; i + 1 < cuts.length; i++) {
      TracePart part = new TracePart();
      parts.add(part);
      long from = cuts[i];
      long to = cuts[i + 1];
      boolean last = i + 2 == cuts.length;
      running.add(pool.submit(() -> parseRange(plainFile, from, to, last, format.newParser(part), read)));
    }
    long[] lines = new long[parts.size()];
    long bytes = skipped;
    int kept = 0;
    boolean cut = false;
    for (int i = 0; i < running.size(); i++) {
      LineSplitter range = await(running.get(i), () -> progress.update(read.get(), eventCount(parts)));
      if (!cut) {
        lines[i] = range.lines();
        bytes += range.bytes();
        kept++;
        // A range that ended early met the end of a file cut meanwhile: the ranges after it hold
        // text from beyond the cut, or nothing, and would leave a hole in the file's lines.
        cut = range.bytes() < cuts[i + 1] - cuts[i];
      }
    }
    return new ParsedFile(parts.subList(0, kept), Arrays.copyOf(lines, kept), bytes);
  }

  /** Parses the range {@code [from, to)} of {@code file}, the {@code last} one or one ending at a cut. */
  private static LineSplitter parseRange(FileChannel file, long from, long to, boolean last,
      io.ttsql.engine.parse.LogParser parser, AtomicLong read) {
    LineSplitter splitter = new LineSplitter(parser, new LongConsumer() {
      private long reported;

      @Override
      public void accept(long bytes) {
        read.addAndGet(bytes - reported);
        reported = bytes;
      }
    });
    try {
      splitter.run(new FileRange(file, from, to), last ? -1 : to - from);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return splitter;
  }

  private static long eventCount(List<TracePart> parts) {
    long events = 0;
    for (TracePart part : parts) {
      events += part.eventCount();
    }
    return events;
  }

  /** Waits for one range, calling {@code report} every so often meanwhile. */
  private static LineSplitter await(Future<LineSplitter> range, Runnable report)
      throws IOException {
    while (true) {
      try {
        return range.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        report.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while loading", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        if (e.getCause() instanceof Error error) {
          throw error; // out of memory, as on the loading thread
        }
        throw new IllegalStateException(e.getCause());
      }
    }
  }
}
