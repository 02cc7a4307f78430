package io.ttsql.engine.suppression;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The pattern of one {@code leak:} line of a suppressions file, matched as LeakSanitizer matches
 * its templates: {@code *} stands for any text, a leading {@code ^} anchors the pattern at the
 * start of the function name and a trailing {@code $} at its end; otherwise the pattern may match
 * anywhere in the name ({@code leak:setup_cb_buffers} matches {@code
 * tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers}).
 */
public final class LeakPattern {
  private final String text;
  private final Pattern regex;

  /**
   * @param text the pattern as written after {@code leak:}; not empty
   */
  public LeakPattern(String text) {
    this.text = Objects.requireNonNull(text, "text is null");
    if (text.isEmpty()) {
      throw new IllegalArgumentException("a leak pattern cannot be empty");
    }
    this.regex = compile(text);
  }

  /** The pattern as written, without {@code leak:}. */
  public String text() {
    return text;
  }

  /** True if the pattern matches {@code function}; an empty name (a hidden frame) matches nothing. */
  public boolean matches(String function) {
    return !function.isEmpty() && regex.matcher(function).find();
  }

  private static Pattern compile(String text) {
    boolean atStart = text.startsWith("^");
    String body = atStart ? text.substring(1) : text;
    boolean atEnd = body.endsWith("$");
    if (atEnd) {
      body = body.substring(0, body.length() - 1);
    }
    StringBuilder regex = new StringBuilder(atStart ? "^" : "");
    int from = 0;
    for (int star = body.indexOf('*'); star >= 0; star = body.indexOf('*', from)) {
      regex.append(quote(body.substring(from, star))).append(".*");
      from = star + 1;
    }
    regex.append(quote(body.substring(from))).append(atEnd ? "$" : "");
    return Pattern.compile(regex.toString(), Pattern.DOTALL);
  }

  private static String quote(String literal) {
    return literal.isEmpty() ? "" : Pattern.quote(literal);
  }
}
