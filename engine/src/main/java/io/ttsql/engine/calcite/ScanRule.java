package io.ttsql.engine.calcite;

import org.apache.calcite.adapter.enumerable.EnumerableInterpreter;
import org.apache.calcite.interpreter.Bindables.BindableTableScan;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.RelFactories;

/**
 * Scans a ttsql table whose pushed conditions it evaluates whole as a {@link ColumnarScan}, in
 * generated code, instead of through Calcite's interpreter, which copied every row it passed on.
 */
final class ScanRule extends RelRule<RuleConfig> {
  /** Calcite's interpreter over its bindable scan of a ttsql table, as the rules of this package match it. */
  static final OperandTransform INTERPRETED_SCAN = interpreter -> interpreter.operand(EnumerableInterpreter.class)
      .oneInput(scan -> scan.operand(BindableTableScan.class)
          .predicate(s -> s.getTable().unwrap(ColumnarTable.class) != null)
          .noInputs());
  static final RelOptRule INSTANCE =
      new RuleConfig(RelFactories.LOGICAL_BUILDER, "ScanRule", INTERPRETED_SCAN, ScanRule::new).toRule();

  private ScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    BindableTableScan scan = call.rel(1);
    ColumnarTable<?> table = scan.getTable().unwrap(ColumnarTable.class);
    if (RowFilter.takesAll(scan.filters, table.columns(), scan.getCluster().getRexBuilder())) {
      call.transformTo(new ColumnarScan(scan.getCluster(), scan.getTable(), scan.filters, scan.projects));
    }
  }
}
