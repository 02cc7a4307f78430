package io.ttsql.engine.calcite;

import io.ttsql.engine.analysis.AnalyzedTrace;
import io.ttsql.engine.store.StackTable;
import io.ttsql.udf.StackSource;
import io.ttsql.engine.store.SourceInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.calcite.schema.Table;
import org.apache.calcite.schema.impl.AbstractSchema;

/**
 * The Calcite schema of one trace: every ttsql table over one {@link AnalyzedTrace}, and the
 * trace's call stacks for the stack functions registered on it.
 */
public final class TtsqlSchema extends AbstractSchema implements StackSource, LogSchema {
  private final AnalyzedTrace trace;
  private final List<ColumnarTable<?>> dataTables;
  private final List<ColumnarTable<?>> columnarTables;
  private final Map<String, Table> tables;
  private final Map<String, TableDoc> tableDocs;

  public TtsqlSchema(AnalyzedTrace trace) {
    this.trace = trace;
    List<ColumnarTable<?>> list = new ArrayList<>();
    list.add(EventTables.events(trace));
    list.add(EventTables.allocations(trace));
    list.add(EventTables.deallocations(trace));
    list.add(LoadTables.frames(trace.trace()));
    list.add(LifetimeTables.lifetimes(trace));
    list.add(LifetimeTables.unmatchedFrees(trace));
    list.add(SummaryTables.addresses(trace));
    list.add(SummaryTables.peaks(trace));
    list.add(SummaryTables.statsReplay(trace));
    list.add(LoadTables.serverStats(trace.trace()));
    list.add(LoadTables.parseErrors(trace.trace()));
    list.add(LoadTables.sources(trace.trace()));
    this.dataTables = List.copyOf(list);
    list.addAll(DocTables.describing(list));
    this.columnarTables = List.copyOf(list);
    Map<String, Table> byName = new LinkedHashMap<>();
    for (ColumnarTable<?> t : list) {
      byName.put(t.name(), t);
    }
    this.tables = byName;
    this.tableDocs = TableDoc.of(columnarTables);
  }

  public AnalyzedTrace trace() {
    return trace;
  }

  /** The tables of the trace, without the self-describing {@code ttsql_tables} and {@code ttsql_columns}. */
  public List<ColumnarTable<?>> dataTables() {
    return dataTables;
  }

  /** Every table, {@code ttsql_tables} and {@code ttsql_columns} included. */
  public List<ColumnarTable<?>> columnarTables() {
    return columnarTables;
  }

  @Override
  public List<SourceInfo> sources() {
    return trace.trace().sources();
  }

  @Override
  public Map<String, TableDoc> tableDocs() {
    return tableDocs;
  }

  @Override
  protected Map<String, Table> getTableMap() {
    return tables;
  }

  @Override
  public int frameCount(long stackId) {
    return stackId < 0 || stackId > Integer.MAX_VALUE ? 0 : stacks().depthOf((int) stackId);
  }

  @Override
  public String function(long stackId, int depth) {
    return stacks().function((int) stackId, depth);
  }

  @Override
  public String module(long stackId, int depth) {
    return stacks().module((int) stackId, depth);
  }

  private StackTable stacks() {
    return trace.trace().stacks();
  }
}
