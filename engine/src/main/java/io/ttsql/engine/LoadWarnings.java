package io.ttsql.engine;

import io.ttsql.engine.parse.LogFormat;
import io.ttsql.engine.store.SourceInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person should hear about how a connection's logs loaded, one line each: a file given
 * twice, reading cut short, lines not understood, a file without a single event, and a server log
 * and a buffer debug log loaded as one trace. The shell prints them; over JDBC they are the connection's warnings.
 */
public final class LoadWarnings {
  private LoadWarnings() {}

  /** The warnings of the logs of {@code spec}, loaded into {@code sources} (per schema, in load order). */
  static List<String> of(TraceSpec spec, Map<String, List<SourceInfo>> sources) {
    List<String> warnings = new ArrayList<>(spec.notes());
    String defaultSchema = sources.keySet().stream().findFirst().orElse(null);
    sources.forEach((schema, files) -> {
      // Unqualified names reach the first schema only: the others' tables need their schema's name.
      String parseErrors = schema.equals(defaultSchema) ? "parse_errors" : schema + ".parse_errors";
      if (mixesFormats(files)) {
        warnings.add("schema " + schema + " holds a server log and a buffer debug log, whose buffers then count twice;"
            + " load them as two schemas to compare them (server=LOG stacks=LOG), or one at a time");
      }
      for (SourceInfo file : files) {
        if (file.readError() != null) {
          warnings.add(String.format(Locale.ROOT, "%s: reading stopped early (%s); the %s before are loaded",
              file.file(), file.readError(), Counted.of(file.lines(), "line")));
        }
        if (file.errorLines() > 0) {
          warnings.add(file.file() + ": " + Counted.of(file.errorLines(), "line") + " not understood (see " + parseErrors + ")");
        }
        if (file.events() == 0) {
          warnings.add(file.file() + ": no allocations, frees or other events in " + Counted.of(file.lines(), "line"));
        }
      }
    });
    return warnings;
  }

  /** Whether a server log and a buffer debug log, which record the same buffers, are in one trace. */
  private static boolean mixesFormats(List<SourceInfo> files) {
    Set<String> formats = files.stream().map(SourceInfo::format).collect(Collectors.toSet());
    return formats.contains(LogFormat.SERVER.sqlName()) && formats.contains(LogFormat.BUFFER_DEBUG.sqlName());
  }
}
