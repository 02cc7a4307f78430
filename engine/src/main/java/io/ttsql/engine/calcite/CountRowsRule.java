package io.ttsql.engine.calcite;

import java.math.BigDecimal;
import java.util.List;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelOptUtil;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rel.logical.LogicalTableScan;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.sql.SqlKind;

/**
 * Answers {@code count(*)} of a whole table from the table's row count. Without it, as no column
 * is named, Calcite pushes no projection into the scan, and the table computes every column of
 * every row (the pairing and callsites of the derived tables included) only for them to be counted.
 */
final class CountRowsRule extends RelRule<RuleConfig> {
  static final RelOptRule INSTANCE = new RuleConfig(RelFactories.LOGICAL_BUILDER, "CountRowsRule",
      aggregate -> aggregate.operand(Aggregate.class)
          .predicate(CountRowsRule::countsRows)
          .oneInput(scan -> scan.operand(LogicalTableScan.class)
              .predicate(s -> s.getTable().unwrap(ColumnarTable.class) != null)
              .noInputs()), CountRowsRule::new)
      .toRule();

  private CountRowsRule(RuleConfig config) {
    super(config);
  }

  /** An aggregate of one group whose every call is a plain count of rows ({@code count(*)}, {@code count(1)}). */
  private static boolean countsRows(Aggregate aggregate) {
    return aggregate.getGroupType() == Aggregate.Group.SIMPLE
        && aggregate.getGroupSet().isEmpty()
        && RelOptUtil.getAllFields(aggregate).isEmpty()
        && !aggregate.getAggCallList().isEmpty()
        && aggregate.getAggCallList().stream().allMatch(c -> c.getAggregation().getKind() == SqlKind.COUNT && !c.isDistinct());
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    LogicalTableScan scan = call.rel(1);
    BigDecimal rows = BigDecimal.valueOf(scan.getTable().unwrap(ColumnarTable.class).rowCount());
    RexBuilder rex = aggregate.getCluster().getRexBuilder();
    List<RexLiteral> counts = aggregate.getAggCallList().stream().map(c -> rex.makeExactLiteral(rows, c.getType())).toList();
    call.transformTo(call.builder().values(List.of(counts), aggregate.getRowType()).build());
  }
}
