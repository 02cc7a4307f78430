package io.ttsql.engine.analysis;

import io.ttsql.engine.store.EventColumns;

/**
 * Numbers the buffer keys of events densely: the full key (device, address, plus the {@code
 * Buffer*} when the event carries one) that pairs allocations with frees, and the (device,
 * address) key that counts occurrences. Missing values take part as NULLs that equal each other.
 */
final class BufferKeys {
  private static final long HAS_ADDRESS = 1L << 33;
  private static final long HAS_PTR = 1L << 34;

  private final EventColumns events;
  private final KeyIndex full = new KeyIndex();
  private final KeyIndex addresses = new KeyIndex();

  BufferKeys(EventColumns events) {
    this.events = events;
  }

  /** The id of the full key of event {@code seq}. */
  int full(int seq) {
    boolean hasPtr = !events.bufferPtr().isNull(seq);
    return full.idOf(deviceAndFlags(seq) | (hasPtr ? HAS_PTR : 0), events.address().get(seq),
        events.bufferPtr().get(seq));
  }

  /** The id of the (device, address) key of event {@code seq}. */
  int address(int seq) {
    return addresses.idOf(deviceAndFlags(seq), events.address().get(seq), 0);
  }

  private long deviceAndFlags(int seq) {
    long device = KeyIndex.nullableInt(events.device().isNull(seq), events.device().get(seq));
    return device | (events.address().isNull(seq) ? 0 : HAS_ADDRESS);
  }
}
