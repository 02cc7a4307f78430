package io.ttsql.engine.calcite;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.interpreter.Bindables.BindableTableScan;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.core.RelFactories;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Runs a GROUP BY of {@code count}, {@code sum}, {@code min} and {@code max} over one ttsql table
 * as a {@link ColumnarAggregate}, when the table evaluates every condition of the WHERE clause
 * itself. Calcite would build an object row for each of the millions of table rows, copy it out
 * of its interpreter and hand it to a generic accumulator; this pass reads the columns directly.
 * Whole-table counts without a condition are left to {@link CountRowsRule}.
 */
final class AggregateScanRule extends RelRule<RuleConfig> {
  static final RelOptRule INSTANCE = new RuleConfig(RelFactories.LOGICAL_BUILDER, "AggregateScanRule",
      aggregate -> aggregate.operand(Aggregate.class)
          .trait(EnumerableConvention.INSTANCE)
          .predicate(a -> a.getGroupType() == Aggregate.Group.SIMPLE)
          .oneInput(ScanRule.INTERPRETED_SCAN), AggregateScanRule::new)
      .toRule();

  private AggregateScanRule(RuleConfig config) {
    super(config);
  }

  @Override
  public void onMatch(RelOptRuleCall call) {
    Aggregate aggregate = call.rel(0);
    BindableTableScan scan = call.rel(2);
    ColumnarTable<?> table = scan.getTable().unwrap(ColumnarTable.class);
    if (scan.filters.isEmpty() && aggregate.getGroupSet().isEmpty()
        && aggregate.getAggCallList().stream().allMatch(c -> kind(c) == ScanAggregation.Kind.COUNT_ROWS)) {
      return;
    }
    if (!RowFilter.takesAll(scan.filters, table.columns(), aggregate.getCluster().getRexBuilder())) {
      return;
    }
    int[] columnOf = scan.projects.toIntArray();
    int[] groupColumns = aggregate.getGroupSet().asList().stream().mapToInt(f -> columnOf[f]).toArray();
    List<ScanAggregation.Aggregate> aggregates = new ArrayList<>();
    for (AggregateCall c : aggregate.getAggCallList()) {
      ScanAggregation.Kind kind = kind(c);
      if (kind == null) {
        return;
      }
      int column = c.getArgList().isEmpty() ? -1 : columnOf[c.getArgList().get(0)];
      aggregates.add(new ScanAggregation.Aggregate(kind, column));
    }
    ScanAggregation<?> aggregation = new ScanAggregation<>(table, scan.filters, groupColumns,
        aggregates.toArray(ScanAggregation.Aggregate[]::new));
    call.transformTo(new ColumnarAggregate(aggregate.getCluster(), scan.getTable(), aggregation, aggregate.getRowType(),
        describe(table, groupColumns, aggregates, scan.filters)));
  }

  /** What {@code explain} shows: {@code group=[end_reason], aggregates=[COUNT(*), SUM(size)], filters=[>($7, 100)]}. */
  private static String describe(ColumnarTable<?> table, int[] groupColumns, List<ScanAggregation.Aggregate> aggregates,
      List<RexNode> filters) {
    List<String> group = new ArrayList<>();
    for (int column : groupColumns) {
      group.add(table.columns().get(column).name());
    }
    List<String> calls = new ArrayList<>();
    for (ScanAggregation.Aggregate a : aggregates) {
      String argument = a.column() < 0 ? "*" : table.columns().get(a.column()).name();
      calls.add(a.kind().sqlName() + "(" + argument + ")");
    }
    return "group=" + group + ", aggregates=" + calls + (filters.isEmpty() ? "" : ", filters=" + filters);
  }

  /**
   * What {@code c} computes, or null when the pass cannot: DISTINCT, FILTER, WITHIN GROUP, more
   * than one argument, any other function, and sums whose result is not a BIGINT (ttsql's type
   * system makes every sum of whole numbers one).
   */
  private static ScanAggregation.Kind kind(AggregateCall c) {
    if (c.isDistinct() || c.hasFilter() || !c.getCollation().getFieldCollations().isEmpty() || c.getArgList().size() > 1
        || c.isApproximate()) {
      return null;
    }
    boolean noArgument = c.getArgList().isEmpty();
    SqlTypeName type = c.getType().getSqlTypeName();
    return switch (c.getAggregation().getKind()) {
      case COUNT -> noArgument ? ScanAggregation.Kind.COUNT_ROWS : ScanAggregation.Kind.COUNT;
      case SUM -> !noArgument && type == SqlTypeName.BIGINT ? ScanAggregation.Kind.SUM : null;
      case SUM0 -> !noArgument && type == SqlTypeName.BIGINT ? ScanAggregation.Kind.SUM0 : null;
      case MIN -> noArgument ? null : ScanAggregation.Kind.MIN;
      case MAX -> noArgument ? null : ScanAggregation.Kind.MAX;
      default -> null;
    };
  }
}
