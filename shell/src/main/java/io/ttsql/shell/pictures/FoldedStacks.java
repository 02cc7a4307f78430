package io.ttsql.shell.pictures;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes a flame graph's tree as folded stacks, the text flamegraph.pl, speedscope and inferno
 * read: one line per stack, {@code outermost;…;frame 0 weight}, in the tree's name order.
 */
final class FoldedStacks {
  private FoldedStacks() {}

  /** The folded lines of every stack under {@code root} (the root itself is not a frame). */
  static String of(FlameNode root) {
    StringBuilder out = new StringBuilder();
    Deque<String> path = new ArrayDeque<>();
    for (FlameNode child : root.children()) {
      write(child, path, out);
    }
    return out.toString();
  }

  private static void write(FlameNode node, Deque<String> path, StringBuilder out) {
    path.addLast(frameName(node.label().name()));
    if (node.selfWeight().signum() > 0) {
      out.append(String.join(";", path)).append(' ').append(node.selfWeight()).append('\n');
    }
    for (FlameNode child : node.children()) {
      write(child, path, out);
    }
    path.removeLast();
  }

  /** A name with the separators of the format ({@code ;} and line ends) replaced. */
  private static String frameName(String name) {
    return name.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
  }
}
