package io.ttsql.engine.calcite;

import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRelImplementor;
import org.apache.calcite.adapter.enumerable.JavaRowFormat;
import org.apache.calcite.adapter.enumerable.PhysType;
import org.apache.calcite.adapter.enumerable.PhysTypeImpl;
import org.apache.calcite.linq4j.tree.Blocks;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.plan.RelTraitSet;
import org.apache.calcite.rel.AbstractRelNode;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.RelWriter;

/**
 * A plan node without inputs that reads one ttsql table in generated code: the code calls a
 * {@link TableRows} kept with the plan, and hands its rows on as arrays, or as bare values when
 * there is one column, the shape Calcite's code expects then.
 */
abstract class ColumnarLeaf extends AbstractRelNode implements EnumerableRel {
  private final RelOptTable table;

  ColumnarLeaf(RelOptCluster cluster, RelOptTable table) {
    super(cluster, cluster.traitSetOf(EnumerableConvention.INSTANCE));
    this.table = table;
  }

  /** What the generated code calls for the rows. */
  abstract TableRows rows();

  @Override
  public final RelNode copy(RelTraitSet traitSet, List<RelNode> inputs) {
    return this;
  }

  @Override
  public final RelOptTable getTable() {
    return table;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("table", table.getQualifiedName());
  }

  @Override
  public final Result implement(EnumerableRelImplementor implementor, Prefer pref) {
    PhysType physType = PhysTypeImpl.of(implementor.getTypeFactory(), getRowType(), JavaRowFormat.ARRAY);
    Expression rows = Expressions.call(implementor.stash(rows(), TableRows.class), "rows", implementor.getRootExpression());
    if (physType.getFormat() == JavaRowFormat.SCALAR) {
      rows = Expressions.call(RowShapes.class, "values", rows);
    } else if (getRowType().getFieldCount() == 0) {
      rows = Expressions.call(RowShapes.class, "emptyLists", rows);
    }
    return implementor.result(physType, Blocks.toBlock(rows));
  }
}
