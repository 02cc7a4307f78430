package io.ttsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.RelNode;

/**
 * A plan node that hands on its input's rows unchanged, in the input's own row format, and stops
 * the statement between two of them when it is canceled or past its timeout ({@link
 * StatementStop}). {@link CancelPoints} puts them where Calcite's operators can work long
 * without reading a ttsql table, whose scans check for themselves, and over each part of the plan
 * that another database runs, which it checks before it starts there.
 */
final class CancelPoint extends RowsWrapper {
  CancelPoint(RelNode input) {
    super(input);
  }

  @Override
  public RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return new CancelPoint(sole(inputs));
  }

  @Override
  Expression wrapped(Expression rows, EnumerableRelImplementor implementor) {
    return Expressions.call(StatementStop.class, "checked", rows, implementor.getRootExpression());
  }
}
