package io.ttsql.engine.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.util.ImmutableIntList;

/**
 * A scan of a {@link ColumnarTable} with its filters and projection, as generated code that calls
 * the table's own scan; it stands for Calcite's {@code EnumerableInterpreter} over a {@code
 * BindableTableScan}, which copied every row out of its interpreter ({@link ScanRule}).
 */
final class ColumnarScan extends ColumnarLeaf {
  private final List<RexNode> filters;
  private final ImmutableIntList projects;

  /** A scan of {@code table} with {@code filters}, all of which the table evaluates whole. */
  ColumnarScan(RelOptCluster cluster, RelOptTable table, List<RexNode> filters, ImmutableIntList projects) {
    super(cluster, table);
    this.filters = List.copyOf(filters);
    this.projects = projects;
  }

  @Override
  TableRows rows() {
    return new Scan(getTable().unwrap(ColumnarTable.class), filters, projects.toIntArray());
  }

  @Override
  protected RelDataType deriveRowType() {
    List<RelDataTypeField> fields = getTable().getRowType().getFieldList();
    return getCluster().getTypeFactory().createStructType(projects.stream().map(fields::get).toList());
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).itemIf("filters", filters, !filters.isEmpty()).item("projects", projects);
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return getTable().getRowCount();
  }

  /** As Calcite costs the bindable scan it stands for: less for fewer columns and for filters. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    double rows = getTable().getRowCount();
    double columns = (projects.size() + 2d) / (getTable().getRowType().getFieldCount() + 2d);
    return planner.getCostFactory().makeCost(rows, rows + 1, 0).multiplyBy(0.01 * columns * (filters.isEmpty() ? 1 : 0.5));
  }

  /** The table's scan with the plan's filters and projection. */
  private record Scan(ColumnarTable<?> table, List<RexNode> filters, int[] projects) implements TableRows {
    @Override
    public Enumerable<Object[]> rows(DataContext root) {
      List<RexNode> left = new ArrayList<>(filters);
      Enumerable<Object[]> rows = table.scan(root, left, projects);
      RowFilter.requireNone(left);
      return rows;
    }
  }
}
