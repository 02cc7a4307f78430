package io.ttsql.engine.parse;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches whole lines against line templates, keeping one {@link Matcher} per template and
 * resetting it for each line: making a new matcher for every line and template cost a fifth of
 * the parse time on logs with statistics blocks.
 */
final class TemplateMatchers {
  private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

  /** The template's matcher, reset to {@code line}, if the whole line matches; else null. */
  Matcher match(Pattern template, CharSequence line) {
    Matcher m = matchers.computeIfAbsent(template, t -> t.matcher(""));
    return m.reset(line).matches() ? m : null;
  }

  /** True if the whole {@code line} matches {@code template}. */
  boolean matches(Pattern template, CharSequence line) {
    return match(template, line) != null;
  }
}
