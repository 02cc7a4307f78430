package io.ttsql.shell.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The listings of {@code .help}, {@code .queries} and {@code .functions}: aligned, and wrapped under their text. */
class TwoColumnsTest {
  private static final List<TwoColumns.Row> ROWS = List.of(
      new TwoColumns.Row(".a", "short"),
      new TwoColumns.Row(".bcd X", "the quick brown fox jumps over the lazy dog"));

  @Test
  void withoutALimitEachRowIsOneLine() {
    assertEquals(".a      short\n"
        + ".bcd X  the quick brown fox jumps over the lazy dog\n", print(0));
  }

  @Test
  void aLongTextWrapsAtSpacesUnderItself() {
    // 30 columns leave 22 for the text after the 8 of ".bcd X" and two spaces: "the quick brown fox" (19)
    // fits and "jumps" would make 25; "jumps over the lazy" is 19, with "dog" 23.
    assertEquals(".a      short\n"
        + ".bcd X  the quick brown fox\n"
        + "        jumps over the lazy\n"
        + "        dog\n", print(30));
  }

  @Test
  void aWordLongerThanTheLineKeepsALineToItself() {
    String word = "x".repeat(30);
    String out = print(List.of(new TwoColumns.Row(".a", "see " + word + " here")), 24);
    assertEquals(".a  see\n    " + word + "\n    here\n", out);
  }

  @Test
  void tooNarrowATextColumnGoesUnderItsName() {
    // 25 columns leave 17 for the text, under the 20 below which wrapping would make a ribbon. Left
    // whole, the terminal cut it mid-word and went on at its first column (.help at 60 columns,
    // its longest name .mode … 44 wide). Under the names, indented 4, it wraps at 21 columns:
    // "the quick brown fox" (19) fits and "jumps" would make 25.
    assertEquals(".a\n    short\n"
        + ".bcd X\n    the quick brown fox\n    jumps over the lazy\n    dog\n", print(25));
  }

  private static String print(int width) {
    return print(ROWS, width);
  }

  private static String print(List<TwoColumns.Row> rows, int width) {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    TwoColumns.print(out, rows, width);
    out.flush();
    return text.toString().replace(System.lineSeparator(), "\n");
  }
}
