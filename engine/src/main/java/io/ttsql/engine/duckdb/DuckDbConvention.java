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
    if (rule instanceof JdbcRules.JdbcProjectRule project) {
      return new ProjectRule(project.config);
    }
    if (rule instanceof JdbcRules.JdbcFilterRule filter) {
      return new FilterRule(filter.config);
    }
    if (rule instanceof JdbcRules.JdbcJoinRule join) {
      return new JoinRule(join.config);
    }
    return rule;
  }

  /** Whether a call among the expressions of {@code rel} has an interval type (an interval literal is no call). */
  private static boolean computesInterval(RelNode rel) {
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

  /** Pushes a projection into DuckDB unless it computes an interval. */
  private static final class ProjectRule extends JdbcRules.JdbcProjectRule {
    ProjectRule(ConverterRule.Config config) {
      super(config);
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      return super.matches(call) && !computesInterval(call.rel(0));
    }
  }

  /** Pushes a filter into DuckDB unless its condition computes an interval. */
  private static final class FilterRule extends JdbcRules.JdbcFilterRule {
    FilterRule(ConverterRule.Config config) {
      super(config);
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      return super.matches(call) && !computesInterval(call.rel(0));
    }
  }

  /** Pushes a join into DuckDB unless its condition computes an interval. */
  private static final class JoinRule extends JdbcRules.JdbcJoinRule {
    JoinRule(ConverterRule.Config config) {
      super(config);
    }

    @Override
    public boolean matches(RelOptRuleCall call) {
      return super.matches(call) && !computesInterval(call.rel(0));
    }
  }
}
