package io.ttsql.shell.pictures;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntColumn;
import io.ttsql.engine.store.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bytes each (device, buffer type) held over a trace, with the process exits and the server's
 * restarts: what the memory timeline draws. The x axis is the event seq, which every log has and
 * which never goes back; the debug log's clock ({@code HH:MM:SS}, which repeats, jumps back at
 * midnight and interleaves processes) only labels it.
 */
public final class Timeline {
  private final AnalyzedTrace trace;
  private final List<LiveSeries> series;
  private final List<Exit> exits;
  private final List<Integer> restarts;

  private Timeline(AnalyzedTrace trace, List<LiveSeries> series, List<Exit> exits, List<Integer> restarts) {
    this.trace = trace;
    this.series = List.copyOf(series);
    this.exits = List.copyOf(exits);
    this.restarts = List.copyOf(restarts);
  }

  /** A process that died and whose buffers the server reclaimed. */
  record Exit(int seq, Integer pid) {}

  /** The timeline of {@code trace}. */
  public static Timeline of(AnalyzedTrace trace) {
    EventColumns events = trace.events();
    List<Exit> exits = new ArrayList<>();
    List<Integer> restarts = new ArrayList<>();
    // A start is a restart only after an event of a server log: the first start of a server log
    // ends nothing, even when another log's events come before it.
    boolean serverEventBefore = false;
    for (int seq = 0; seq < events.count(); seq++) {
      EventKind kind = events.kind(seq);
      if (kind == EventKind.PROCESS_EXIT) {
        exits.add(new Exit(seq, events.pid().boxed(seq)));
      } else if (kind == EventKind.SERVER_START && serverEventBefore) {
        restarts.add(seq);
      }
      serverEventBefore = serverEventBefore || LogFormat.SERVER.sqlName().equals(trace.trace().formatOf(seq));
    }
    return new Timeline(trace, trace.liveBytes(), exits, restarts);
  }

  /** The picture, a whole SVG document. */
  public String svg() {
    return Markup.XML_PROLOG + TimelineSvg.render(this);
  }

  /** One series per (device, buffer type), by device then buffer type. */
  List<LiveSeries> series() {
    return series;
  }

  List<Exit> exits() {
    return exits;
  }

  /** The seqs at which the server started again, which ended whatever its earlier run held. */
  List<Integer> restarts() {
    return restarts;
  }

  /** Number of events: the seqs run from 0 to this, excluded. */
  int eventCount() {
    return trace.events().count();
  }

  /** The names of the files loaded, in order. */
  List<String> files() {
    return trace.trace().sources().stream().map(SourceInfo::file).toList();
  }

  /** The clock of the last event at or before {@code seq} that has one, as {@code 09:41:07}; null if none. */
  String clockAt(int seq) {
    IntColumn time = trace.events().timeMillis();
    for (int s = Math.min(seq, eventCount() - 1); s >= 0; s--) {
      if (!time.isNull(s)) {
        int seconds = time.get(s) / 1000;
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
      }
    }
    return null;
  }

  /** Where event {@code seq} is in the logs: {@code debug.log:77}. */
  String placeOf(int seq) {
    EventColumns events = trace.events();
    return trace.trace().fileName(events.fileCode(seq)) + ":" + events.line(seq);
  }
}
