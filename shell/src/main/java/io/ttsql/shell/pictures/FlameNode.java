package io.ttsql.shell.pictures;

import java.math.BigInteger;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A frame of a flame graph: its label, the weight of every stack passing through it, and its
 * callees by name (in name order, so the same input always draws the same picture). Weights are
 * exact: stacks of a few garbage sizes near 2^63 add up past a BIGINT.
 */
final class FlameNode {
  private final FrameLabel label;
  private final Map<String, FlameNode> children = new TreeMap<>();
  private BigInteger weight = BigInteger.ZERO;

  private FlameNode(FrameLabel label) {
    this.label = label;
  }

  /** An empty tree: the root {@code all} with weight 0. */
  static FlameNode root() {
    return new FlameNode(FrameLabel.ROOT);
  }

  /** Adds a stack with its weight; {@code path} starts with the outermost caller, below this node. */
  void add(List<FrameLabel> path, BigInteger stackWeight) {
    FlameNode node = this;
    node.weight = node.weight.add(stackWeight);
    for (FrameLabel frame : path) {
      node = node.children.computeIfAbsent(frame.name(), name -> new FlameNode(frame));
      node.weight = node.weight.add(stackWeight);
    }
  }

  FrameLabel label() {
    return label;
  }

  /** The weight of the stacks through this frame. */
  BigInteger weight() {
    return weight;
  }

  /** The weight of the stacks that end here (this frame allocated), not in a callee. */
  BigInteger selfWeight() {
    BigInteger self = weight();
    for (FlameNode child : children.values()) {
      self = self.subtract(child.weight());
    }
    return self;
  }

  /** The callees, in name order. */
  Collection<FlameNode> children() {
    return children.values();
  }

  /** Levels from this frame to its deepest callee reached through callees {@code shown} accepts, this one included. */
  int height(Predicate<FlameNode> shown) {
    int deepest = 0;
    for (FlameNode child : children.values()) {
      if (shown.test(child)) {
        deepest = Math.max(deepest, child.height(shown));
      }
    }
    return deepest + 1;
  }
}
