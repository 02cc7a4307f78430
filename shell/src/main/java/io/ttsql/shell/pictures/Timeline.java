package io.ttsql.shell.pictures;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.analysis.LiveSeries;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventColumns;
import io.ttsql.engine.store.IntColumn;
import io.ttsql.engine.store.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bytes each (device, buffer type) held over a trace, with the process exits: what the memory
 * timeline draws. The x axis is the event seq, which every log has and which never goes back;
 * the debug log's clock ({@code HH:MM:SS}, which repeats, jumps back at midnight and interleaves
 * processes) only labels it.
 */
public final class Timeline {
  private final AnalyzedTrace trace;
  private final List<LiveSeries> series;
  private final List<Exit> exits;

  private Timeline(AnalyzedTrace trace, List<LiveSeries> series, List<Exit> exits) {
    this.trace = trace;
    this.series = List.copyOf(series);
    this.exits = List.copyOf(exits);
  }

  /** A process that died and whose buffers the server reclaimed. */
  record Exit(int seq, Integer pid) {}

  /** The timeline of {@code trace}. */
  public static Timeline of(AnalyzedTrace trace) {
    EventColumns events = trace.events();
    List<Exit> exits = new ArrayList<>();
    for (int seq = 0; seq < events.count(); seq++) {
      if (events.kind(seq) == EventKind.PROCESS_EXIT) {
        exits.add(new Exit(seq, events.pid().boxed(seq)));
      }
    }
    return new Timeline(trace, trace.liveBytes(), exits);
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
