package io.ttsql.engine.calcite;

import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.linq4j.tree.BlockBuilder;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.SingleRel;

/**
 * A plan node that hands on its input's rows, in the input's row format, through a static method
 * of ttsql's ({@link #wrapped}): the base of {@link CancelPoint} and {@link NoColumnRows}.
 */
abstract class RowsWrapper extends SingleRel implements EnumerableRel {
  RowsWrapper(RelNode input) {
    super(input.getCluster(), input.getTraitSet(), input);
  }

  /** The code that gives the rows of {@code rows}, the input's {@code Enumerable}, as this node hands them on. */
  abstract Expression wrapped(Expression rows, EnumerableRelImplementor implementor);

  @Override
  public final Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    Result input = implementor.visitChild(this, 0, (EnumerableRel) getInput(), pref);
    BlockBuilder builder = new BlockBuilder();
    Expression rows = builder.append("rows", input.block);
    builder.add(Expressions.return_(null, wrapped(rows, implementor)));
    return implementor.result(input.physType, builder.toBlock());
  }
}
