package io.ttsql.shell.pictures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Text for SVG and HTML: escaping, coordinates, and the style and script files packaged beside this class. */
final class Markup {
  /** The most characters a subtitle in 12 px sans-serif may have across a 1200-pixel picture, with room to spare. */
  static final int SUBTITLE_CHARS = 160;
  /** What starts a standalone SVG file. */
  static final String XML_PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";

  private Markup() {}

  /**
   * {@code text} safe inside an element or a quoted attribute of XML or HTML; characters that XML
   * 1.0 does not allow (control characters, lone surrogates) become U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else {
            out.append(allowedInXml(c) ? c : '\uFFFD');
          }
        }
      }
    }
    return out.toString();
  }

  private static boolean allowedInXml(char c) {
    return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
  }

  /**
   * The opening of a picture: the {@code <svg>} element of class {@code cssClass}, its style sheet
   * (a packaged resource, scoped by that class so that pictures inline in a page keep their own
   * styles) and a white background.
   */
  static String svgOpen(String cssClass, int width, int height, String fontFamily, String styleSheet) {
    return String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%d\" height=\"%d\""
        + " viewBox=\"0 0 %d %d\" data-width=\"%d\" font-family=\"%s\" font-size=\"12\">%n", cssClass, width, height,
        width, height, width, fontFamily)
        + "<style><![CDATA[\n" + resource(styleSheet) + "]]></style>\n"
        + String.format(Locale.ROOT, "<rect class=\"background\" width=\"%d\" height=\"%d\"/>%n", width, height);
  }

  /** A {@code <text>} element of class {@code cssClass} anchored at ({@code x}, {@code y}). */
  static String text(String cssClass, int x, int y, String anchor, String content) {
    return String.format(Locale.ROOT, "<text class=\"%s\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">%s</text>%n",
        cssClass, x, y, anchor, escape(content));
  }

  /** A coordinate with at most two decimals: {@code 12.5}, {@code 3}. */
  static String num(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  /** The text of the packaged resource {@code name} (a style sheet or script next to this class). */
  static String resource(String name) {
    try (InputStream in = Markup.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name + " of " + Markup.class.getPackageName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
