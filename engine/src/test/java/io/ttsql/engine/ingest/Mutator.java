package io.ttsql.engine.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Damages a log the way copies, crashes and mixed output do, unit by unit (see {@link LogUnits}):
 * byte flips, deletions and duplications inside a unit, and lines of junk or of the other format
 * between units. It remembers where each untouched unit landed, so a test can check that its event
 * survived.
 */
final class Mutator {
  private static final String[] FOREIGN_LINES = {
    "Device: 3",
    "    /home/user/tt-metal/build/lib/_ttnn.so: ttnn::operations::core::deallocate(tt::tt_metal::Tensor&, bool)",
    "✓ [PID 4242] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x9990000)",
    "Call Stack:",
    "[812ms] L1 Peak on device 0: 12 KB",
    "‚úì [PID 1] Allocated",
  };

  /**
   * The result.
   *
   * @param bytes the damaged log
   * @param untouchedFirstLine for each original unit, the 1-based line it starts at in the damaged
   *     log, or -1 if the unit was damaged
   */
  record Mutated(byte[] bytes, long[] untouchedFirstLine) {}

  private final SplittableRandom random;

  Mutator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** Damages about {@code share} of the units of a log. */
  Mutated mutate(List<byte[]> units, double share) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long[] firstLine = new long[units.size()];
    long line = 1;
    for (int i = 0; i < units.size(); i++) {
      byte[] unit = units.get(i);
      if (random.nextDouble() < share / 2) {
        byte[] inserted = insertion();
        out.writeBytes(inserted);
        line += LogUnits.lineCount(inserted);
      }
      byte[] written = random.nextDouble() < share / 2 ? damage(unit) : unit;
      firstLine[i] = written == unit ? line : -1;
      out.writeBytes(written);
      line += LogUnits.lineCount(written);
    }
    return new Mutated(out.toByteArray(), firstLine);
  }

  /** A line of junk bytes or of the other format, ending with a newline. */
  private byte[] insertion() {
    if (random.nextBoolean()) {
      return (FOREIGN_LINES[random.nextInt(FOREIGN_LINES.length)] + "\n").getBytes(StandardCharsets.UTF_8);
    }
    byte[] junk = new byte[1 + random.nextInt(40)];
    for (int i = 0; i < junk.length; i++) {
      do {
        junk[i] = (byte) random.nextInt(256);
      } while (junk[i] == '\n');
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(junk);
    out.write('\n');
    return out.toByteArray();
  }

  /** The unit with a byte flipped, a run deleted or a run duplicated; its final newline stays. */
  private byte[] damage(byte[] unit) {
    int body = unit.length - 1;
    if (body <= 0) {
      return new byte[] {'x', '\n'};
    }
    int at = random.nextInt(body);
    int run = 1 + random.nextInt(Math.min(16, body - at));
    List<Byte> bytes = new ArrayList<>();
    for (byte b : unit) {
      bytes.add(b);
    }
    switch (random.nextInt(3)) {
      case 0 -> bytes.set(at, (byte) (unit[at] ^ (1 << random.nextInt(8))));
      case 1 -> bytes.subList(at, at + run).clear();
      default -> bytes.addAll(at, new ArrayList<>(bytes.subList(at, at + run)));
    }
    byte[] damaged = new byte[bytes.size()];
    for (int i = 0; i < damaged.length; i++) {
      damaged[i] = bytes.get(i);
    }
    return damaged;
  }
}
