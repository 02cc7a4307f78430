package io.ttsql.engine.suppression;

import io.ttsql.engine.ByteOrderMark;
import io.ttsql.engine.FileChecks;
import io.ttsql.engine.store.StackTable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The known, accepted leaks of a suppressions file in LeakSanitizer's format: one {@code
 * leak:FUNCTION_PATTERN} per line, blank lines and {@code #} comments allowed. An allocation is
 * suppressed when a pattern matches the function of any frame of its call stack (not only its
 * callsite), as LeakSanitizer matches any frame; an allocation without a stack is never suppressed.
 */
public final class Suppressions {
  private static final Suppressions NONE = new Suppressions(List.of());
  private static final String LEAK = "leak";

  private final List<LeakPattern> patterns;

  private Suppressions(List<LeakPattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /** No suppressions: nothing is suppressed. */
  public static Suppressions none() {
    return NONE;
  }

  /**
   * Reads a suppressions file (UTF-8, a byte order mark at its start skipped).
   *
   * @throws IOException whose message says why the file cannot be read
   * @throws IllegalArgumentException whose message names {@code file:line} of a line that is not a suppression
   */
  public static Suppressions read(Path file) throws IOException {
    String problem = FileChecks.whyUnreadable(file);
    if (problem != null) {
      throw new IOException(problem);
    }
    String text;
    try {
      byte[] bytes = Files.readAllBytes(file);
      int bom = ByteOrderMark.length(bytes, bytes.length); // skipped, as logs and scripts skip it
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom)).toString();
    } catch (CharacterCodingException e) {
      throw new IOException("not UTF-8 text", e);
    }
    return parse(file.toString(), text);
  }

  /**
   * Parses the text of a suppressions file called {@code file}.
   *
   * @throws IllegalArgumentException whose message names {@code file:line} of a line that is not a suppression
   */
  public static Suppressions parse(String file, String text) {
    List<LeakPattern> patterns = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = file + ":" + (i + 1) + ": ";
      int colon = line.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(where + "not a suppression (leak:FUNCTION_PATTERN): " + line);
      }
      String type = line.substring(0, colon).strip();
      if (!type.equals(LEAK)) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%sunknown suppression type '%s' (only leak:FUNCTION_PATTERN is supported): %s", where, type, line));
      }
      String pattern = line.substring(colon + 1).strip();
      if (pattern.isEmpty()) {
        throw new IllegalArgumentException(where + "leak: needs a function pattern");
      }
      patterns.add(new LeakPattern(pattern));
    }
    return new Suppressions(patterns);
  }

  /** The patterns, in file order. */
  public List<LeakPattern> patterns() {
    return patterns;
  }

  /**
   * For every stack of {@code stacks}, indexed by stack id: the text of the first pattern (in file
   * order) that matches the function of one of its frames, or null.
   */
  public String[] matchAll(StackTable stacks) {
    String[] matched = new String[stacks.stackCount()];
    if (patterns.isEmpty()) {
      return matched;
    }
    for (int id = 0; id < matched.length; id++) {
      matched[id] = match(stacks, id);
    }
    return matched;
  }

  private String match(StackTable stacks, int stackId) {
    for (LeakPattern pattern : patterns) {
      for (int depth = 0; depth < stacks.depthOf(stackId); depth++) {
        if (pattern.matches(stacks.function(stackId, depth))) {
          return pattern.text();
        }
      }
    }
    return null;
  }
}
