package io.ttsql.engine;

import java.util.Locale;

/** A count with its noun, as people read it: {@code 1 row}, {@code 1,234 rows}. */
public final class Counted {
  private Counted() {}

  /** {@code n} with thousands separators and {@code noun}, given singular, with an s unless {@code n} is 1. */
  public static String of(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }
}
