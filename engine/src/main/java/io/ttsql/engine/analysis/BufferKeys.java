package io.ttsql.engine.analysis;

import io.ttsql.engine.store.EventColumns;

/**
 * Numbers the buffer keys of events densely: the pairing key (device, address, and whether the
 * event carries a {@code Buffer*}, so that a server log and a debug log loaded together never pair
 * with each other) and the (device, address) key that counts occurrences. Missing values take part
 * as NULLs that equal each other.
 */
final class BufferKeys {
  private static final long HAS_ADDRESS = 1L << 33;
  private static final long HAS_PTR = 1L << 34;

  private final EventColumns events;
  private final KeyIndex pairing = new KeyIndex();
  private final KeyIndex addresses = new KeyIndex();

  BufferKeys(EventColumns events) {
    this.events = events;
  }

  /** The id of the pairing key of event {@code seq}. */
  int pairing(int seq) {
    boolean hasPtr = !events.bufferPtr().isNull(seq);
    return pairing.idOf(deviceAndFlags(seq) | (hasPtr ? HAS_PTR : 0), events.address().get(seq));
  }

  /** Number of pairing keys numbered so far. */
  int pairingCount() {
    return pairing.size();
  }

  /** The id of the (device, address) key of event {@code seq}. */
  int address(int seq) {
    return addresses.idOf(deviceAndFlags(seq), events.address().get(seq));
  }

  private long deviceAndFlags(int seq) {
    long device = KeyIndex.nullableInt(events.device().isNull(seq), events.device().get(seq));
    return device | (events.address().isNull(seq) ? 0 : HAS_ADDRESS);
  }
}
