package io.ttsql.engine.analysis;

import io.ttsql.engine.store.EventColumns;

/**
 * The identity of a buffer for pairing: device and address, plus the {@code Buffer*} when the
 * event carries one (the debug log). Missing values take part as NULLs that equal each other.
 */
record PairingKey(int device, boolean hasDevice, long address, boolean hasAddress, long bufferPtr, boolean hasPtr) {
  /** The full key of event {@code seq}. */
  static PairingKey of(EventColumns e, int seq) {
    return new PairingKey(
        e.device().get(seq), !e.device().isNull(seq),
        e.address().get(seq), !e.address().isNull(seq),
        e.bufferPtr().get(seq), !e.bufferPtr().isNull(seq));
  }

  /** The (device, address) key of event {@code seq}, without the buffer pointer. */
  static PairingKey address(EventColumns e, int seq) {
    return new PairingKey(
        e.device().get(seq), !e.device().isNull(seq), e.address().get(seq), !e.address().isNull(seq), 0, false);
  }
}
