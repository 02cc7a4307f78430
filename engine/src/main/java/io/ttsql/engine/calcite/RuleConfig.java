package io.ttsql.engine.calcite;

import java.util.function.Function;
import org.apache.calcite.plan.RelOptRule;
import org.apache.calcite.plan.RelRule;
import org.apache.calcite.plan.RelRule.OperandTransform;
import org.apache.calcite.tools.RelBuilderFactory;

/**
 * The settings of one of ttsql's planner rules, kept the way Calcite's rules keep theirs.
 *
 * @param rule makes the rule from its settings
 */
record RuleConfig(RelBuilderFactory relBuilderFactory, String description, OperandTransform operandSupplier,
    Function<RuleConfig, RelOptRule> rule) implements RelRule.Config {
  @Override
  public RuleConfig withRelBuilderFactory(RelBuilderFactory factory) {
    return new RuleConfig(factory, description, operandSupplier, rule);
  }

  @Override
  public RuleConfig withDescription(String newDescription) {
    return new RuleConfig(relBuilderFactory, newDescription, operandSupplier, rule);
  }

  @Override
  public RuleConfig withOperandSupplier(OperandTransform transform) {
    return new RuleConfig(relBuilderFactory, description, transform, rule);
  }

  @Override
  public RelOptRule toRule() {
    return rule.apply(this);
  }
}
