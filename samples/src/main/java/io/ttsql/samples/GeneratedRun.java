package io.ttsql.samples;

import java.util.Map;

/**
 * The result of one generator run: its configuration and the truth about each log written.
 *
 * @param config what was simulated
 * @param server the server log's truth, or null if it was not written
 * @param debug the debug log's truth, or null if it was not written
 */
public record GeneratedRun(GeneratorConfig config, LogTruth server, LogTruth debug) {
  /**
   * A small text summary, one {@code name=value} per line after a comment naming the
   * configuration: {@code server.events.alloc=…}, {@code server.lifetimes.freed=…},
   * {@code debug.unmatched_frees=…} and so on.
   */
  public String summary() {
    StringBuilder text = new StringBuilder();
    text.append("# ttsql LogGenerator seed=").append(config.seed())
        .append(" events=").append(config.events())
        .append(" processes=").append(config.processes())
        .append(" stats-every=").append(config.statsEvery())
        .append(" exit-every=").append(config.exitEvery())
        .append(" decimal-ids=").append(config.decimalIds())
        .append(config.fixLeaks() ? " fix-leaks" : "").append('\n');
    append(text, "server", server);
    append(text, "debug", debug);
    return text.toString();
  }

  private static void append(StringBuilder text, String log, LogTruth truth) {
    if (truth == null) {
      return;
    }
    text.append(log).append(".lines=").append(truth.lines()).append('\n');
    for (Map.Entry<String, Long> e : truth.events().entrySet()) {
      text.append(log).append(".events.").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    for (Map.Entry<String, Long> e : truth.lifetimes().entrySet()) {
      text.append(log).append(".lifetimes.").append(e.getKey()).append('=').append(e.getValue()).append('\n');
    }
    text.append(log).append(".overlapped=").append(truth.overlapped()).append('\n');
    text.append(log).append(".unmatched_frees=").append(truth.unmatchedFrees()).append('\n');
  }
}
