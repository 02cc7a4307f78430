package io.ttsql.engine.calcite;

import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalcitePrepareImpl;

/** Calcite's statement preparation with the planner rules our tables need on top of Calcite's own. */
public final class TtsqlPrepare extends CalcitePrepareImpl {
  @Override
  protected RelOptPlanner createPlanner(
      Context prepareContext, org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(CountRowsRule.INSTANCE);
    return planner;
  }
}
