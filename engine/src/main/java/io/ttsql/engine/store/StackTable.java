package io.ttsql.engine.store;

import io.ttsql.udf.FunctionNames;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Interned call stacks: identical frames share a frame code and identical frame sequences share
 * a stack id, so a debug log with millions of blocks keeps only its distinct stacks.
 */
public final class StackTable {
  private final StringDictionary modules = new StringDictionary();
  private final StringDictionary symbols = new StringDictionary();
  private final Map<Long, Integer> frameCodes = new HashMap<>();
  private final IntList frameModule = new IntList();
  private final IntList frameSymbol = new IntList();
  private final Map<FrameSequence, Integer> stackIds = new HashMap<>();
  private final IntList stackStart = new IntList();
  private final IntList stackFrames = new IntList();
  private String[] functionBySymbol = new String[0];

  /** The code of the frame ({@code module} may be null for a raw address frame). */
  public int frameCode(String module, String symbol) {
    int m = module == null ? -1 : modules.intern(module);
    int s = symbols.intern(symbol);
    long key = ((long) m << 32) | (s & 0xffffffffL);
    Integer code = frameCodes.get(key);
    if (code == null) {
      code = frameModule.size();
      frameCodes.put(key, code);
      frameModule.add(m);
      frameSymbol.add(s);
    }
    return code;
  }

  /** The id of the stack made of {@code frames[0, count)}, depth 0 first; -1 for an empty stack. */
  public int internStack(int[] frames, int count) {
    if (count == 0) {
      return -1;
    }
    FrameSequence key = new FrameSequence(Arrays.copyOf(frames, count));
    Integer id = stackIds.get(key);
    if (id == null) {
      id = stackStart.size();
      stackIds.put(key, id);
      stackStart.add(stackFrames.size());
      for (int i = 0; i < count; i++) {
        stackFrames.add(frames[i]);
      }
    }
    return id;
  }

  /**
   * Interns every stack of {@code other} (a part's table) here.
   *
   * @return for each of {@code other}'s stack ids, the id of the same stack here
   */
  int[] internAll(StackTable other) {
    int[] ids = new int[other.stackCount()];
    int[] frames = new int[16];
    for (int id = 0; id < ids.length; id++) {
      int depth = other.depthOf(id);
      if (frames.length < depth) {
        frames = new int[depth];
      }
      for (int d = 0; d < depth; d++) {
        frames[d] = frameCode(other.module(id, d), other.symbol(id, d));
      }
      ids[id] = internStack(frames, depth);
    }
    return ids;
  }

  /** Derives the function names once loading is over. */
  void freeze() {
    functionBySymbol = new String[symbols.size()];
    for (int i = 0; i < functionBySymbol.length; i++) {
      functionBySymbol[i] = FunctionNames.function(symbols.get(i));
    }
  }

  public int stackCount() {
    return stackStart.size();
  }

  /** Number of frames of {@code stackId}, 0 if there is no such stack. */
  public int depthOf(int stackId) {
    if (stackId < 0 || stackId >= stackStart.size()) {
      return 0;
    }
    int end = stackId + 1 < stackStart.size() ? stackStart.get(stackId + 1) : stackFrames.size();
    return end - stackStart.get(stackId);
  }

  /** The module of a frame, or null for a frame printed without one. */
  public String module(int stackId, int depth) {
    int m = frameModule.get(frame(stackId, depth));
    return m < 0 ? null : modules.get(m);
  }

  public String symbol(int stackId, int depth) {
    return symbols.get(frameSymbol.get(frame(stackId, depth)));
  }

  /** The symbol without parameter list and trailing qualifiers (see {@link FunctionNames}). */
  public String function(int stackId, int depth) {
    return functionBySymbol[frameSymbol.get(frame(stackId, depth))];
  }

  /** Number of (stack, frame) pairs: the rows of the {@code frames} table. */
  public int frameRowCount() {
    return stackFrames.size();
  }

  /** The stack that the {@code row}-th (stack, frame) pair belongs to. */
  public int stackOfFrameRow(int row) {
    return stackStart.lastIndexAtOrBelow(row);
  }

  /** The depth of the {@code row}-th (stack, frame) pair within its stack. */
  public int depthOfFrameRow(int row) {
    return row - stackStart.get(stackOfFrameRow(row));
  }

  private int frame(int stackId, int depth) {
    return stackFrames.get(stackStart.get(stackId) + depth);
  }

  /** A stack's frame codes as a hash key. */
  private record FrameSequence(int[] codes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof FrameSequence other && Arrays.equals(codes, other.codes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(codes);
    }
  }
}
