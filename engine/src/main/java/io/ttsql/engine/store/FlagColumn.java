package io.ttsql.engine.store;

/** A frozen column of nullable booleans, two bits per row in the event's flags (present, value). */
public final class FlagColumn {
  private final MetaBits flags;
  private final int bit;

  FlagColumn(MetaBits flags, int bit) {
    this.flags = flags;
    this.bit = bit;
  }

  /** The flag at {@code row}, or null. */
  public Boolean boxed(int row) {
    return flags.has(row, bit) ? flags.has(row, bit << 1) : null;
  }
}
