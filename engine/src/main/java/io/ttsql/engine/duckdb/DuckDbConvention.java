package io.ttsql.engine.duckdb;

import org.apache.calcite.adapter.jdbc.JdbcConvention;
import org.apache.calcite.adapter.jdbc.JdbcRules;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelOptRuleCall;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.ConverterRule;
import org.apache.calcite.rel.rules.CoreRules;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexShuttle;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.util.Util;

/**
 * The convention of a DuckDB database's tables: Calcite's JDBC rules, except that a projection,
 * filter or join that computes an interval stays with Calcite, which reads the columns it needs
 * and computes the interval itself. DuckDB's driver hands an interval back as text ({@code
 * 00:00:46}), which Calcite failed to read as the count it holds an interval in, and DuckDB has
 * no {@code TIME - TIME}, which {@code ("time" - time '09:41:00') second} asks for.
 */
final class DuckDbConvention extends JdbcConvention {
  DuckDbConvention(Expression expression, String name) {
    super(DuckDbDialect.INSTANCE, expression, name);
  }

  @Override
  public void register(RelOptPlanner planner) {
    for (RelOptRule rule : JdbcRules.rules(this)) {
      planner.addRule(keepingIntervals(rule));
    }
    planner.addRule(CoreRules.FILTER_SET_OP_TRANSPOSE);
    planner.addRule(CoreRules.PROJECT_REMOVE);
  }

  /** {@code rule}, or for the rules that push expressions into DuckDB, one that leaves intervals out. */
  private static RelOptRule keepingIntervals(RelOptRule rule) {
    return rule instanceof JdbcRules.JdbcProjectRule || rule instanceof JdbcRules.JdbcFilterRule
        || rule instanceof JdbcRules.JdbcJoinRule ? new WithoutIntervals((ConverterRule) rule) : rule;
  }

  /**
   * Whether {@code rel} computes an interval (a call among its expressions has an interval type) or
   * gives one as a column, as a projected literal does ({@code select interval '1' second}): DuckDB
   * would hand either back as text. An interval literal inside a condition stays with DuckDB.
   */
  private static boolean computesInterval(RelNode rel) {
    if (rel.getRowType().getFieldList().stream().anyMatch(field -> SqlTypeUtil.isInterval(field.getType()))) {
      return true;
    }
    RexShuttle finder = new RexShuttle() {
      @Override
      public RexNode visitCall(RexCall call) {
        if (SqlTypeUtil.isInterval(call.getType())) {
          throw Util.FoundOne.NULL;
        }
        return super.visitCall(call);
      }
    };
    try {
      rel.accept(finder);
      return false;
    } catch (Util.FoundOne found) {
      return true;
    }
  }

  /** A JDBC rule that pushes its node into DuckDB only when none of the node's expressions computes an interval. */
  private static final class WithoutIntervals extends ConverterRule {
    private final ConverterRule jdbc;

    WithoutIntervals(ConverterRule jdbc) {
      super(jdbc.config);
      this.jdbc = jdbc;
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      return jdbc.matches(call) && !computesInterval(call.rel(0));
    }

    @Override
    public RelNode convert(RelNode rel) {
      return jdbc.convert(rel);
    }
  }
}
