package io.ttsql.engine.analysis;

import java.util.BitSet;

/**
 * The result of pairing: one lifetime per allocation event, in log order, with what ended it;
 * the free events that closed nothing; and the keys of the changes of a stored size. Row {@code i} is the {@code i}-th allocation.
 */
public final class Lifetimes {
  private final int[] allocSeq;
  private final int[] endSeq;
  private final byte[] endReason;
  private final BitSet overlapped;
  private final int[] occurrence;
  private final int[] key;
  private final int keyCount;
  private final BitSet joined;
  private final BitSet superseded;
  private final int[] unmatchedFrees;
  private final StoredSizeChanges storedSizeChanges;

  Lifetimes(int[] allocSeq, int[] endSeq, byte[] endReason, BitSet overlapped, int[] occurrence, int[] key, int keyCount,
      BitSet joined, BitSet superseded, int[] unmatchedFrees, StoredSizeChanges storedSizeChanges) {
    this.allocSeq = allocSeq;
    this.endSeq = endSeq;
    this.endReason = endReason;
    this.overlapped = overlapped;
    this.occurrence = occurrence;
    this.key = key;
    this.keyCount = keyCount;
    this.joined = joined;
    this.superseded = superseded;
    this.unmatchedFrees = unmatchedFrees;
    this.storedSizeChanges = storedSizeChanges;
  }

  /** Number of lifetimes, which is the number of allocation events. */
  public int count() {
    return allocSeq.length;
  }

  /** The seq of the allocation event of lifetime {@code i}. */
  public int allocSeq(int i) {
    return allocSeq[i];
  }

  /** The seq of the event that ended lifetime {@code i}, or -1 at the end of the log. */
  public int endSeq(int i) {
    return endSeq[i];
  }

  public EndReason endReason(int i) {
    return EndReason.of(endReason[i]);
  }

  /** True if the allocation's key was, at some moment, shared with another open allocation. */
  public boolean overlapped(int i) {
    return overlapped.get(i);
  }

  /** 1 for the first allocation at its (device, address), 2 for the second, and so on. */
  public int occurrence(int i) {
    return occurrence[i];
  }

  /** The dense id of lifetime {@code i}'s pairing key, its (device, address): below {@link #keyCount()}. */
  int key(int i) {
    return key[i];
  }

  /**
   * True if lifetime {@code i}'s allocation joined its key, already open (the server's {@code
   * ref_count} form); false if it created the key, or created it again over allocations left open.
   */
  boolean joinedKey(int i) {
    return joined.get(i);
  }

  /**
   * True if lifetime {@code i} was still open when an allocation created its key again (its free
   * lost): from then on its key is the new allocation's, and its end no longer releases it.
   */
  boolean superseded(int i) {
    return superseded.get(i);
  }

  /** Number of distinct pairing keys. */
  int keyCount() {
    return keyCount;
  }

  /** Number of free events that closed nothing. */
  public int unmatchedCount() {
    return unmatchedFrees.length;
  }

  /** The seq of the {@code j}-th free event that closed nothing. */
  public int unmatchedSeq(int j) {
    return unmatchedFrees[j];
  }

  /** The {@code resize} events, with their keys. */
  StoredSizeChanges storedSizeChanges() {
    return storedSizeChanges;
  }
}
