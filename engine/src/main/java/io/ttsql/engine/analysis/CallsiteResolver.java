package io.ttsql.engine.analysis;

import io.ttsql.engine.store.StackTable;
import java.util.List;

/**
 * Finds each stack's callsite: the function of its first frame that is not buffer plumbing, that
 * is, not an empty symbol, not a raw return address (a frame without module, which names no
 * function) and not a function starting with one of the skip prefixes.
 */
public final class CallsiteResolver {
  /** The default skip prefixes; the connection property {@code callsite_skip} replaces them. */
  public static final List<String> DEFAULT_SKIP_PREFIXES =
      List.of(
          "tt::tt_metal::Buffer::",
          "tt::tt_metal::distributed::MeshBuffer::",
          "tt::tt_metal::GraphTracker::",
          "tt::tt_metal::Allocator",
          "tt::tt_metal::allocator::",
          "std::",
          "__gnu_cxx::");

  private final List<String> skipPrefixes;

  public CallsiteResolver(List<String> skipPrefixes) {
    this.skipPrefixes = List.copyOf(skipPrefixes);
  }

  /** The callsite of every stack of {@code stacks}, indexed by stack id (null where every frame is skipped). */
  public String[] resolveAll(StackTable stacks) {
    String[] callsites = new String[stacks.stackCount()];
    for (int id = 0; id < callsites.length; id++) {
      callsites[id] = resolve(stacks, id);
    }
    return callsites;
  }

  private String resolve(StackTable stacks, int stackId) {
    for (int depth = 0; depth < stacks.depthOf(stackId); depth++) {
      if (stacks.symbol(stackId, depth).isEmpty() || stacks.module(stackId, depth) == null) {
        continue;
      }
      String function = stacks.function(stackId, depth);
      if (skipPrefixes.stream().noneMatch(function::startsWith)) {
        return function;
      }
    }
    return null;
  }
}
