package io.ttsql.engine.parse;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventDraft;

/**
 * The exact path of the server log's {@code ✓ [PID …] Allocated …} and {@code ✗ [PID …] Freed …}
 * lines, parsed from their bytes in every shape the format allows (signs, long numbers, odd
 * spacing); {@link FastServerLines} takes their common shape first and leaves the rest to this.
 */
final class ServerEventLines {
  static final ByteLiteral ALLOC_PREFIX = new ByteLiteral("✓ [PID ");
  static final ByteLiteral FREE_PREFIX = new ByteLiteral("✗ [PID ");
  static final ByteLiteral ALLOCATED = new ByteLiteral("] Allocated ");
  static final ByteLiteral BYTES_OF = new ByteLiteral(" bytes of ");
  static final ByteLiteral ON_DEVICE = new ByteLiteral(" on device ");
  static final ByteLiteral BUFFER_ID = new ByteLiteral(" (buffer_id=");
  static final ByteLiteral CLOSE = new ByteLiteral(")");
  static final ByteLiteral REF_COUNT = new ByteLiteral(", ref_count=");
  static final ByteLiteral FREED_BUFFER = new ByteLiteral("] Freed buffer ");
  static final ByteLiteral OPEN = new ByteLiteral(" (");
  static final ByteLiteral BYTES = new ByteLiteral(" bytes");
  static final ByteLiteral FINAL = new ByteLiteral(", FINAL)");
  static final ByteLiteral REMAINING = new ByteLiteral(" remaining)");

  private final ByteCursor in = new ByteCursor();

  /**
   * Parses an allocation line into {@code e}.
   *
   * @return false if the line does not follow the template
   * @throws NumberFormatException if a number overflows its type, or the size a BIGINT ({@link BigintLimit})
   */
  boolean allocation(byte[] buf, int start, int end, long line, EventDraft e) {
    try {
      return parseAllocation(buf, start, end, line, e);
    } catch (ByteCursor.NoNumberException notThisTemplate) {
      return false;
    }
  }

  private boolean parseAllocation(byte[] buf, int start, int end, long line, EventDraft e) {
    in.reset(buf, start, end);
    if (!in.expect(ALLOC_PREFIX)) {
      return false;
    }
    e.start(EventKind.ALLOC, line).pid(in.signedInt("PID"));
    if (!in.expect(ALLOCATED)) {
      return false;
    }
    e.size(BigintLimit.check("size", in.unsignedDecimal("size")));
    if (!in.expect(BYTES_OF)) {
      return false;
    }
    BufferType type = in.bufferType();
    if (type == null || type == BufferType.OTHER || !in.expect(ON_DEVICE)) {
      return false;
    }
    e.bufferType(type).device(in.signedInt("device"));
    if (!in.expect(BUFFER_ID)) {
      return false;
    }
    e.address(in.id("buffer"));
    if (in.expectRest(CLOSE)) {
      e.refCount(1);
      return true;
    }
    if (!in.expect(REF_COUNT)) {
      return false;
    }
    e.refCount(in.signedInt("ref_count"));
    return in.expectRest(CLOSE);
  }

  /**
   * Parses a free line into {@code e}; {@code ref_count} is what remains (0 for FINAL, NULL for
   * the bare form).
   *
   * @return false if the line does not follow the template
   * @throws NumberFormatException if a number overflows its type, or the size a BIGINT ({@link BigintLimit})
   */
  boolean free(byte[] buf, int start, int end, long line, EventDraft e) {
    try {
      return parseFree(buf, start, end, line, e);
    } catch (ByteCursor.NoNumberException notThisTemplate) {
      return false;
    }
  }

  private boolean parseFree(byte[] buf, int start, int end, long line, EventDraft e) {
    in.reset(buf, start, end);
    if (!in.expect(FREE_PREFIX)) {
      return false;
    }
    e.start(EventKind.FREE, line).pid(in.signedInt("PID"));
    if (!in.expect(FREED_BUFFER)) {
      return false;
    }
    e.address(in.id("buffer"));
    if (!in.expect(ON_DEVICE)) {
      return false;
    }
    e.device(in.signedInt("device"));
    if (!in.expect(OPEN)) {
      return false;
    }
    e.size(BigintLimit.check("size", in.unsignedDecimal("size")));
    if (!in.expect(BYTES)) {
      return false;
    }
    if (in.expectRest(FINAL)) {
      e.refCount(0);
      return true;
    }
    if (in.expectRest(CLOSE)) {
      return true;
    }
    if (!in.expect(REF_COUNT)) {
      return false;
    }
    e.refCount(in.signedInt("ref_count"));
    return in.expectRest(REMAINING);
  }
}
