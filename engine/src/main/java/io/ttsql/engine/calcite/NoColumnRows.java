package io.ttsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableInterpreter;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;

/**
 * Hands on the rows of a Calcite interpreter that reads no column as the empty lists Calcite's
 * generated code takes for such rows: the interpreter says so but makes empty arrays, so that
 * {@code select count(*) from events where ? is null}, whose scan reads no column and whose
 * condition Calcite evaluates, failed with a ClassCastException.
 */
final class NoColumnRows extends SingleRel implements EnumerableRel {
  private NoColumnRows(RelNode input) {
    super(input.getCluster(), input.getTraitSet(), input);
  }

  /** {@code plan} with each interpreter that reads no column under one of these. */
  static RelNode added(RelNode plan) {
    return plan.accept(new RelHomogeneousShuttle() {
      @Override
      public RelNode visit(RelNode other) {
        RelNode node = super.visit(other);
        return node instanceof EnumerableInterpreter && node.getRowType().getFieldCount() == 0 ? new NoColumnRows(node) : node;
      }
    });
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new NoColumnRows(sole(inputs));
  }

  @Override
  public Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder builder = new BlockBuilder();
    Expression rows = builder.append("rows", input.block);
    builder.add(Expressions.return_(null, Expressions.call(RowShapes.class, "emptyLists", rows)));
    return implementor.result(input.physType, builder.toBlock());
  }
}
