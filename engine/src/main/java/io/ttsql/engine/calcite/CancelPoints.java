package io.ttsql.engine.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.jdbc.JdbcToEnumerableConverter;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Correlate;
import org.apache.calcite.rel.core.Join;
import org.apache.calcite.rel.core.RepeatUnion;

/**
 * Puts {@link CancelPoint}s into a plan ready to run, so that Ctrl-C and query timeouts stop any
 * statement in a moment. Table scans check for themselves; what can run far longer than its
 * inputs' rows are joins and correlates (whose rows multiply: each gets a check on its output
 * and on its outer input, which a nested loop walks once per pass over the inner rows) and
 * recursive unions (which can repeat without end). Parts of the plan that another database runs
 * (the DuckDB store) are left to it, but each gets a check before it starts there: a cancel that
 * came while the statement was planned found nothing running to cancel, and was lost.
 */
final class CancelPoints extends RelHomogeneousShuttle {
  private CancelPoints() {}

  /** {@code plan} with its cancel points. */
  static RelNode added(RelNode plan) {
    return plan.accept(new CancelPoints());
  }

  @Override
  public RelNode visit(RelNode other) {
    if (other.getConvention() != EnumerableConvention.INSTANCE) {
      return other;
    }
    RelNode node = super.visit(other);
    if (node instanceof Join || node instanceof Correlate) {
      List<RelNode> inputs = new ArrayList<>(node.getInputs());
      inputs.set(0, new CancelPoint(inputs.get(0)));
      return new CancelPoint(node.copy(node.getTraitSet(), inputs));
    }
    return node instanceof RepeatUnion || node instanceof JdbcToEnumerableConverter ? new CancelPoint(node) : node;
  }
}
