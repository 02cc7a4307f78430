package io.ttsql.shell.repl;

import java.util.Locale;
import java.util.Map;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.LineReader;
import org.jline.reader.impl.CompletionMatcherImpl;

/**
 * JLine's matching of completions, with one change: the quotes of a candidate do not count, so
 * that {@code ti} is completed to the quoted column name {@code "time"} as well as to {@code timestamp}.
 */
final class QuotedNameMatcher extends CompletionMatcherImpl {
  @Override
  protected void defaultMatchers(Map<LineReader.Option, Boolean> options, boolean prefix, CompletingParsedLine line,
      boolean caseInsensitive, int errors, String originalGroupName) {
    super.defaultMatchers(options, prefix, line, caseInsensitive, errors, originalGroupName);
    String typed = (prefix ? line.line().substring(0, line.cursor()) : line.word().substring(0, line.wordCursor()))
        .toLowerCase(Locale.ROOT);
    // First, so that quoted and unquoted names that both match are offered together.
    matchers.add(0, simpleMatcher(candidate -> candidate.replace("\"", "").toLowerCase(Locale.ROOT).startsWith(typed)));
  }
}
