package io.ttsql.shell.pictures;

import java.util.Locale;

/**
 * Where a flame graph frame's code lives, which picks its colour: a hue range per family, so
 * TT-Metal, TTNN and Python frames read apart at a glance, and a shade within it per function.
 */
enum FrameFamily {
  TT_METAL("TT-Metal", 8, 32, 0.78, 0.64),
  TTNN("TTNN", 40, 56, 0.82, 0.60),
  PYTHON("Python", 90, 135, 0.45, 0.62),
  OTHER("other code", 190, 225, 0.50, 0.70),
  UNKNOWN("hidden or raw frame", 0, 0, 0.0, 0.78),
  NO_STACK("no call stack", 200, 200, 0.30, 0.80),
  /** The root frame {@code all}, which the legend leaves out. */
  ROOT("all", 220, 220, 0.15, 0.88);

  private final String legend;
  private final int hueLow;
  private final int hueHigh;
  private final double saturation;
  private final double lightness;

  FrameFamily(String legend, int hueLow, int hueHigh, double saturation, double lightness) {
    this.legend = legend;
    this.hueLow = hueLow;
    this.hueHigh = hueHigh;
    this.saturation = saturation;
    this.lightness = lightness;
  }

  /** The family of a frame of {@code module} (its file name, null when unknown) running {@code function}. */
  static FrameFamily of(String module, String function) {
    String m = module == null ? "" : module.toLowerCase(Locale.ROOT);
    if (m.contains("tt_metal") || (m.isEmpty() && function.startsWith("tt::"))) {
      return TT_METAL;
    }
    if (m.contains("ttnn") || (m.isEmpty() && function.startsWith("ttnn::"))) {
      return TTNN;
    }
    if (m.startsWith("python") || m.startsWith("libpython")) {
      return PYTHON;
    }
    return m.isEmpty() ? UNKNOWN : OTHER;
  }

  /** What the legend calls the family. */
  String legend() {
    return legend;
  }

  /** The family's middle colour, for the legend. */
  String swatch() {
    return rgb((hueLow + hueHigh) / 2.0, lightness);
  }

  /** The fill of a frame named {@code name}: a hue and shade picked by the name, the same on every run. */
  String colour(String name) {
    int hash = name.hashCode();
    double hue = hueLow + Math.floorMod(hash, hueHigh - hueLow + 1);
    double shade = (Math.floorMod(hash >>> 8, 9) - 4) / 100.0;
    return rgb(hue, lightness + shade);
  }

  /** {@code #rrggbb} of HSL ({@code hue} in degrees), as SVG 1.1 viewers all read it. */
  private String rgb(double hue, double light) {
    double chroma = (1 - Math.abs(2 * light - 1)) * saturation;
    double x = chroma * (1 - Math.abs((hue / 60) % 2 - 1));
    double m = light - chroma / 2;
    double[] rgb = switch ((int) (hue / 60) % 6) {
      case 0 -> new double[] {chroma, x, 0};
      case 1 -> new double[] {x, chroma, 0};
      case 2 -> new double[] {0, chroma, x};
      case 3 -> new double[] {0, x, chroma};
      case 4 -> new double[] {x, 0, chroma};
      default -> new double[] {chroma, 0, x};
    };
    return String.format(Locale.ROOT, "#%02x%02x%02x", channel(rgb[0] + m), channel(rgb[1] + m), channel(rgb[2] + m));
  }

  private static int channel(double value) {
    return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
  }
}
