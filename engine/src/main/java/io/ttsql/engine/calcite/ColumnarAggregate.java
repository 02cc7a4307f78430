package io.ttsql.engine.calcite;

import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCost;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptTable;
import org.apache.calcite.rel.RelWriter;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rel.type.RelDataType;

/**
 * A GROUP BY of plain aggregates over one {@link ColumnarTable}, its filters and projection
 * included, run as one pass over the table's columns ({@link ScanAggregation}) instead of a scan
 * that builds every row for Calcite's aggregate; {@link AggregateScanRule} puts it in plans.
 */
final class ColumnarAggregate extends ColumnarLeaf {
  private final ScanAggregation<?> aggregation;
  private final String description;

  /**
   * @param rowType the aggregate's row type: the group key's columns, then the aggregates
   * @param description what {@code explain} shows of it: group key, aggregates and filters
   */
  ColumnarAggregate(RelOptCluster cluster, RelOptTable table, ScanAggregation<?> aggregation, RelDataType rowType,
      String description) {
    super(cluster, table);
    this.aggregation = aggregation;
    this.description = description;
    this.rowType = rowType;
  }

  @Override
  TableRows rows() {
    return aggregation;
  }

  @Override
  protected RelDataType deriveRowType() {
    return rowType;
  }

  @Override
  public RelWriter explainTerms(RelWriter pw) {
    return super.explainTerms(pw).item("aggregate", description);
  }

  /** Cheaper than any scan, interpreter and aggregate it stands for, which build a row per table row. */
  @Override
  public RelOptCost computeSelfCost(RelOptPlanner planner, RelMetadataQuery mq) {
    return planner.getCostFactory().makeTinyCost();
  }

  @Override
  public double estimateRowCount(RelMetadataQuery mq) {
    return aggregation.grouped() ? 100 : 1;
  }
}
