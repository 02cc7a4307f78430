package io.ttsql.shell.pictures;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The call stacks of a trace's lifetimes as a flame graph: a tree of frames from the outermost
 * caller to the frame nearest the buffer code, weighted as chosen; drawn as SVG or written as
 * folded stacks.
 */
public final class FlameGraph {
  private final FlameNode root;
  private final FlameWeight weight;
  private final String condition;
  private final long lifetimes;
  private final long stacklessLifetimes;

  FlameGraph(FlameNode root, FlameWeight weight, String condition, long lifetimes, long stacklessLifetimes) {
    this.root = root;
    this.weight = weight;
    this.condition = condition;
    this.lifetimes = lifetimes;
    this.stacklessLifetimes = stacklessLifetimes;
  }

  /**
   * Reads the stacks of the {@code lifetimes} rows of the connection's default schema where
   * {@code condition} holds (a SQL condition; null for every row).
   *
   * @throws BadConditionException when the condition is not valid SQL on {@code lifetimes}
   */
  public static FlameGraph read(Connection connection, FlameWeight weight, String condition)
      throws SQLException, BadConditionException {
    try {
      return StackQuery.read(connection, weight, condition);
    } catch (StackQuery.ConditionFailed e) {
      throw e.reason();
    }
  }

  /** The interactive SVG picture, a whole document. */
  public String svg() {
    return Markup.XML_PROLOG + FlameGraphSvg.render(this);
  }

  /** The folded stacks ({@code caller;…;frame weight} lines) that flamegraph.pl, speedscope and inferno read. */
  public String folded() {
    return FoldedStacks.of(root);
  }

  FlameNode root() {
    return root;
  }

  FlameWeight weight() {
    return weight;
  }

  /** The {@code --where} condition, or null. */
  String condition() {
    return condition;
  }

  /** Number of lifetimes selected. */
  long lifetimes() {
    return lifetimes;
  }

  /** Number of selected lifetimes without a call stack. */
  long stacklessLifetimes() {
    return stacklessLifetimes;
  }
}
