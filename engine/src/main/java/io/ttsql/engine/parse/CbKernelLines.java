package io.ttsql.engine.parse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The V4 server's circular-buffer and kernel lines (FORMATS.md 1.11), one line per message and in
 * a V4 log about as frequent as allocations: each is told by how it starts and matched against its
 * own template alone, where the general path tried some sixty templates first (a V4 log with a
 * CB line beside each event loaded five times slower than without them).
 */
final class CbKernelLines {
  private static final String FLOAT = ServerTemplates.FLOAT;
  private static final String KERNEL = "(?:Application|Fabric|Dispatch|Unknown) kernel on Device -?\\d+: ";
  private static final List<Template> TEMPLATES = List.of(
      new Template("✓ [CB_ALLOC] ", "✓ \\[CB_ALLOC\\] Device -?\\d+: \\+" + FLOAT + " MB \\(Total: " + FLOAT + " MB\\)"),
      new Template("✗ [CB_FREE] ", "✗ \\[CB_FREE\\] Device -?\\d+: -" + FLOAT + " MB \\(Total: " + FLOAT + " MB\\)"),
      new Template("✓ [KERNEL_LOAD] ", "✓ \\[KERNEL_LOAD\\] " + KERNEL + "\\+" + FLOAT + " MB \\(Total: " + FLOAT + " MB\\)"),
      new Template("✗ [KERNEL_UNLOAD] ", "✗ \\[KERNEL_UNLOAD\\] " + KERNEL + "-" + FLOAT + " MB \\(Total: " + FLOAT + " MB\\)"));

  /** How a line of one kind starts, and the whole line. */
  private record Template(ByteLiteral start, Pattern whole) {
    Template(String start, String whole) {
      this(new ByteLiteral(start), Pattern.compile(whole));
    }
  }

  private CbKernelLines() {}

  /** The templates of the whole lines, for the server log's list of recognised lines. */
  static List<Pattern> wholeLines() {
    return TEMPLATES.stream().map(Template::whole).toList();
  }

  /** The starts of the lines, for telling a server log from its first bytes. */
  static List<ByteLiteral> starts() {
    return TEMPLATES.stream().map(Template::start).toList();
  }

  /** Whether {@code buf[start, end)} starts as one of these lines. */
  static boolean startsOne(byte[] buf, int start, int end) {
    return templateAt(buf, start, end) != null;
  }

  /**
   * Whether {@code buf[start, end)} is one of these lines whole. A line that only starts like one
   * is left to the general path, which says what it is.
   */
  static boolean isOne(byte[] buf, int start, int end, TemplateMatchers templates) {
    Template template = templateAt(buf, start, end);
    return template != null && templates.matches(template.whole(), new String(buf, start, end - start, StandardCharsets.UTF_8));
  }

  private static Template templateAt(byte[] buf, int start, int end) {
    for (Template template : TEMPLATES) {
      if (template.start().at(buf, start, end)) {
        return template;
      }
    }
    return null;
  }
}
