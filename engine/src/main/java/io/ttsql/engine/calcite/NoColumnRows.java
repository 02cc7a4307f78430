package io.ttsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableInterpreter;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;

/**
 * Hands on the rows of a Calcite interpreter that reads no column as the empty lists Calcite's
 * generated code takes for such rows: the interpreter says so but makes empty arrays, so that
 * {@code select count(*) from events where ? is null}, whose scan reads no column and whose
 * condition Calcite evaluates, failed with a ClassCastException.
 */
final class NoColumnRows extends RowsWrapper {
  private NoColumnRows(RelNode input) {
    super(input);
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
  Expression wrapped(Expression rows, EnumerableRelImplementor implementor) {
    return Expressions.call(RowShapes.class, "emptyLists", rows);
  }
}
