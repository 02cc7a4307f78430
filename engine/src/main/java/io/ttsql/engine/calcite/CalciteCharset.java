package io.ttsql.engine.calcite;

/**
 * Makes Calcite's default character set UTF-8, before Calcite reads it, so that log text (✓, ⚠,
 * stack symbols) and SQL literals such as {@code '✓'} share one charset and compare freely. A
 * value the user set with {@code -Dcalcite.default.charset} is kept.
 */
public final class CalciteCharset {
  private CalciteCharset() {}

  /** Sets the defaults unless already set; harmless to call more than once. */
  public static void useUtf8() {
    setIfAbsent("calcite.default.charset", "UTF-8");
    setIfAbsent("calcite.default.nationalcharset", "UTF-8");
    setIfAbsent("calcite.default.collation.name", "UTF-8$en_US");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
