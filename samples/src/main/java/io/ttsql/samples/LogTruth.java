package io.ttsql.samples;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the generator wrote to one log, in the terms of ttsql's tables: events by {@code kind},
 * lifetimes by {@code end_reason}, overlapped lifetimes, frees that matched nothing, and lines.
 * Zero counts are left out of the maps, as a {@code GROUP BY} would leave them out.
 *
 * @param events count per event kind ({@code alloc}, {@code free}, {@code unknown_free},
 *     {@code destructor}, {@code process_exit}, {@code server_start})
 * @param lifetimes count per end reason ({@code freed}, {@code process_exit}, {@code end_of_log})
 * @param overlapped lifetimes whose key was shared at some moment with another open allocation
 * @param unmatchedFrees free events that closed nothing
 * @param lines lines written
 */
public record LogTruth(Map<String, Long> events, Map<String, Long> lifetimes, long overlapped, long unmatchedFrees,
    long lines) {
  public LogTruth {
    events = nonZero(events);
    lifetimes = nonZero(lifetimes);
  }

  private static Map<String, Long> nonZero(Map<String, Long> counts) {
    Map<String, Long> kept = new TreeMap<>();
    counts.forEach((k, v) -> {
      if (v < 0) {
        throw new IllegalArgumentException("negative count for " + k + ": " + v);
      }
      if (v > 0) {
        kept.put(k, v);
      }
    });
    return Collections.unmodifiableMap(kept);
  }
}
