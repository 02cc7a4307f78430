package io.ttsql.engine.analysis;

/**
 * The enhanced server's changes of a key's stored size ({@code resize} events), in log order:
 * from each one's seq on, its key is counted with the event's size.
 */
record StoredSizeChanges(int[] seqs, int[] keys) {
  /** Number of changes. */
  int count() {
    return seqs.length;
  }

  /** The seq of change {@code r}. */
  int seq(int r) {
    return seqs[r];
  }

  /** The pairing key ({@link Lifetimes#key}) whose stored size change {@code r} sets. */
  int key(int r) {
    return keys[r];
  }
}
