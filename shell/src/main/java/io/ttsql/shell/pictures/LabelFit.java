package io.ttsql.shell.pictures;

/**
 * Fits a frame's label into its box, as the flame graph's script does again after a zoom: the
 * whole name if it fits, else the short name, else the short name cut with {@code …}, else nothing.
 * Widths are estimated for a 12 px monospace font.
 */
final class LabelFit {
  /** The advance of one character of 12 px monospace text (DejaVu Sans Mono: 0.602 em), rounded up. */
  static final double CHAR_WIDTH = 7.3;
  /** Room kept free on both sides of a label. */
  static final double MARGIN = 6;

  private LabelFit() {}

  /** The text to show for {@code label} in a box {@code width} pixels wide. */
  static String fit(FrameLabel label, double width) {
    int room = (int) Math.floor((width - MARGIN) / CHAR_WIDTH);
    if (label.name().length() <= room) {
      return label.name();
    }
    if (label.shortName().length() <= room) {
      return label.shortName();
    }
    return room >= 3 ? label.shortName().substring(0, room - 1) + "…" : "";
  }
}
