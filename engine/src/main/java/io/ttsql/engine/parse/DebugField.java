package io.ttsql.engine.parse;

import io.ttsql.engine.model.BufferType;
import io.ttsql.engine.model.EventKind;
import io.ttsql.engine.store.EventDraft;
import java.util.List;

/**
 * The field lines of a buffer debug log block (FORMATS.md 2.2), in the order a block prints
 * them, each parsing its value into the event draft.
 */
enum DebugField {
  TIME("Time: "),
  DEVICE("Device: "),
  ADDRESS("Address: "),
  SIZE("Size: "),
  TYPE("Type: "),
  BUFFER_PTR("Buffer*: "),
  OWNS_DATA("Owns Data: "),
  HOOKED("Hooked: "),
  CALL_STACK("Call Stack:");

  private static final List<DebugField> ALLOCATED_FIELDS =
      List.of(TIME, DEVICE, ADDRESS, SIZE, TYPE, BUFFER_PTR, OWNS_DATA, HOOKED, CALL_STACK);
  private static final List<DebugField> OTHER_FIELDS =
      List.of(TIME, DEVICE, ADDRESS, SIZE, TYPE, BUFFER_PTR, CALL_STACK);
  private static final ByteLiteral OPEN = new ByteLiteral(" (");
  private static final ByteLiteral CLOSE = new ByteLiteral(")");
  private static final ByteLiteral BYTES = new ByteLiteral(" bytes (");
  private static final ByteLiteral KB_CLOSE = new ByteLiteral(" KB)");
  private static final ByteLiteral YES = new ByteLiteral("yes");
  private static final ByteLiteral NO = new ByteLiteral("no");
  private static final ByteLiteral COLON = new ByteLiteral(":");

  private final ByteLiteral label;
  private final String name;

  DebugField(String label) {
    this.label = new ByteLiteral(label);
    this.name = label.strip();
  }

  /** The fields a block of {@code kind} prints, {@code Call Stack:} last. */
  static List<DebugField> of(EventKind kind) {
    return kind == EventKind.ALLOC ? ALLOCATED_FIELDS : OTHER_FIELDS;
  }

  /** What a reader would call this line, for error messages. */
  String displayName() {
    return name;
  }

  /**
   * Parses this field's line at {@code in} into {@code e}.
   *
   * @return false if the line is not this field, or its value is malformed
   * @throws NumberFormatException if a number overflows its type, or the size a BIGINT ({@link BigintLimit})
   */
  boolean parse(ByteCursor in, EventDraft e) {
    if (!in.expect(label)) {
      return false;
    }
    try {
      return parseValue(in, e);
    } catch (ByteCursor.NoNumberException notThisTemplate) {
      return false;
    }
  }

  private boolean parseValue(ByteCursor in, EventDraft e) {
    switch (this) {
      case TIME -> {
        int millis = timeOfDay(in);
        if (millis < 0) {
          return false;
        }
        e.timeMillis(millis);
      }
      case DEVICE -> e.device(in.signedInt("device"));
      case ADDRESS -> {
        long hex = in.hex("address");
        if (!in.expect(OPEN)) {
          return false;
        }
        long decimal = in.unsignedDecimal("address");
        if (hex != decimal || !in.expect(CLOSE)) {
          return false;
        }
        e.address(hex);
      }
      case SIZE -> {
        e.size(BigintLimit.check("size", in.unsignedDecimal("size")));
        if (!in.expect(BYTES)) {
          return false;
        }
        in.skipDecimalFloat();
        return in.expectRest(KB_CLOSE);
      }
      case TYPE -> {
        BufferType type = in.bufferType();
        if (type == null) {
          return false;
        }
        e.bufferType(type);
      }
      case BUFFER_PTR -> e.bufferPtr(in.hex("Buffer*"));
      case OWNS_DATA -> {
        Boolean owns = yesNo(in);
        if (owns == null) {
          return false;
        }
        e.ownsData(owns);
      }
      case HOOKED -> {
        Boolean hooked = yesNo(in);
        if (hooked == null) {
          return false;
        }
        e.hooked(hooked);
      }
      case CALL_STACK -> {
        return in.atEnd();
      }
    }
    return in.atEnd();
  }

  private static Boolean yesNo(ByteCursor in) {
    if (in.expectRest(YES)) {
      return true;
    }
    return in.expectRest(NO) ? false : null;
  }

  /** Parses {@code HH:MM:SS} into milliseconds since midnight, or -1. */
  private static int timeOfDay(ByteCursor in) {
    int start = in.position();
    int h = twoDigits(in);
    boolean ok = h >= 0 && in.expect(COLON);
    int m = ok ? twoDigits(in) : -1;
    ok = m >= 0 && in.expect(COLON);
    int s = ok ? twoDigits(in) : -1;
    if (s < 0 || h > 23 || m > 59 || s > 59) {
      in.seek(start);
      return -1;
    }
    return ((h * 60 + m) * 60 + s) * 1000;
  }

  private static int twoDigits(ByteCursor in) {
    int start = in.position();
    try {
      int v = in.signedInt("time");
      return in.position() - start == 2 && v >= 0 ? v : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
