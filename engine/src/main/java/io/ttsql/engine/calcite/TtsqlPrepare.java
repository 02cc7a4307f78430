package io.ttsql.engine.calcite;

import java.lang.reflect.Type;
import java.util.List;
import org.apache.calcite.adapter.enumerable.EnumerableConvention;
import org.apache.calcite.adapter.enumerable.EnumerableRel;
import org.apache.calcite.adapter.enumerable.EnumerableRules;
import org.apache.calcite.avatica.ColumnMetaData;
import org.apache.calcite.plan.RelOptCluster;
import org.apache.calcite.plan.RelOptCostFactory;
import org.apache.calcite.plan.RelOptPlanner;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.prepare.CalcitePrepareImpl;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.metadata.RelMetadataQuery;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.validate.SqlValidator;

/**
 * Calcite's statement preparation with planner rules on top of Calcite's own: counts of a whole
 * table from its row count ({@link CountRowsRule}), GROUP BY of plain aggregates as one pass over
 * a table's columns ({@link AggregateScanRule}), scans in generated code rather than Calcite's
 * interpreter ({@link ScanRule}), and ORDER BY with LIMIT as one bounded sort (Calcite's own sort
 * of millions of rows before a LIMIT took seconds). Every statement is checked first: a statement
 * that would write is refused ({@link ReadOnlySql}), a final {@code ;}, which saved queries and
 * scripts end with, is dropped, as other JDBC drivers do, and hex numbers such as {@code
 * 0x3fe00000} are read as numbers ({@link HexLiterals}); once parsed, a LIMIT or OFFSET beyond an
 * int is refused in one line ({@link LimitLiterals}); arithmetic fails on overflow ({@link
 * CheckedArithmetic}). Every plan gets its {@link CancelPoints} before it runs, and its
 * interpreters that read no column their {@link NoColumnRows}; result columns are named by their
 * labels, and a failure while rows are read is an SQLException ({@link SqlFailingRows}).
 */
public final class TtsqlPrepare extends CalcitePrepareImpl {
  @Override
  public <T> CalciteSignature<T> prepareSql(Context context, Query<T> query, Type elementType, long maxRowCount) {
    if (query.sql == null) {
      return super.prepareSql(context, query, elementType, maxRowCount);
    }
    String refusal = ReadOnlySql.refusal(query.sql);
    if (refusal != null) {
      throw new StatementRefusal(refusal, StatementRefusal.READ_ONLY);
    }
    String statement = withoutFinalSemicolons(query.sql);
    String problem = problemOf(statement);
    if (problem != null) {
      throw new StatementRefusal(problem, StatementRefusal.SYNTAX_ERROR);
    }
    String sql = HexLiterals.toDecimal(statement);
    return forJdbc(super.prepareSql(CheckedArithmetic.of(context), Query.of(sql), elementType, maxRowCount));
  }

  /**
   * {@code signature} as JDBC clients read it: its rows fail with SQLExceptions ({@link
   * SqlFailingRows}), and each result column's name is its label, as PostgreSQL's driver names
   * them: Calcite names a column taken from a table by the table's column, whatever its alias,
   * and DB-API layers (JPype, so pandas) read that name, so that {@code select a.size as
   * before_size, b.size as after_size} came back as two columns called {@code size}; and each
   * column's class name is that of its values ({@link #className}).
   */
  private static <T> CalciteSignature<T> forJdbc(CalciteSignature<T> signature) {
    List<ColumnMetaData> columns = signature.columns.stream()
        .map(c -> new ColumnMetaData(c.ordinal, c.autoIncrement, c.caseSensitive, c.searchable, c.currency, c.nullable,
            c.signed, c.displaySize, c.label, c.label, c.schemaName, c.precision, c.scale, c.tableName, c.catalogName,
            c.type, c.readOnly, c.writable, c.definitelyWritable, className(c)))
        .toList();
    return new CalciteSignature<>(signature.sql, signature.parameters, signature.internalParameters, signature.rowType,
        columns, signature.cursorFactory, signature.rootSchema, signature.getCollationList(), -1,
        context -> new SqlFailingRows<>(signature.enumerable(context)), signature.statementType);
  }

  /**
   * The class of what {@code getObject} gives for {@code column}: for an interval, a Long count
   * of milliseconds or an Integer count of months, where Calcite said {@code java.lang.Object}.
   */
  private static String className(ColumnMetaData column) {
    SqlTypeName type = SqlTypeName.get(column.type.name);
    if (type == null || !SqlTypeName.INTERVAL_TYPES.contains(type)) {
      return column.columnClassName;
    }
    return (SqlTypeName.YEAR_INTERVAL_TYPES.contains(type) ? Integer.class : Long.class).getName();
  }

  /**
   * What is wrong with {@code statement} (without its final semicolons) before Calcite's parser
   * sees it, which said {@code Index 0 out of bounds} for no statement and listed fifty tokens it
   * expected for two; null when nothing is.
   */
  static String problemOf(String statement) {
    if (statement.isBlank()) {
      return "no statement: the SQL text is empty or holds only comments";
    }
    for (int i = 0; i < statement.length(); ) {
      int after = SqlLexer.skipQuotedOrComment(statement, i);
      if (after == i && statement.charAt(i) == ';') {
        return "one statement at a time: the SQL text holds more than one (split it at its ;)";
      }
      i = after > i ? after : i + 1;
    }
    return null;
  }

  /** {@code sql} without the blanks, semicolons and comments it ends with ({@code select 1; -- done}). */
  static String withoutFinalSemicolons(String sql) {
    int end = 0;
    for (int i = 0; i < sql.length(); ) {
      int after = SqlLexer.skipQuotedOrComment(sql, i);
      if (after > i) {
        end = SqlLexer.partAt(sql, i) == SqlLexer.Part.COMMENT ? end : after;
        i = after;
      } else {
        end = sql.charAt(i) == ';' || Character.isWhitespace(sql.charAt(i)) ? end : i + 1;
        i++;
      }
    }
    return sql.substring(0, end);
  }

  @Override
  protected RelOptCluster createCluster(RelOptPlanner planner, RexBuilder rexBuilder) {
    RelOptCluster cluster = super.createCluster(planner, rexBuilder);
    cluster.setMetadataQuerySupplier(() -> new RelMetadataQuery(BuiltMetadataHandlers.INSTANCE));
    return cluster;
  }

  @Override
  protected RelOptPlanner createPlanner(
      Context prepareContext, org.apache.calcite.plan.Context externalContext, RelOptCostFactory costFactory) {
    RelOptPlanner planner = super.createPlanner(prepareContext, externalContext, costFactory);
    planner.addRule(CountRowsRule.INSTANCE);
    planner.addRule(AggregateScanRule.INSTANCE);
    planner.addRule(ScanRule.INSTANCE);
    planner.addRule(EnumerableRules.ENUMERABLE_LIMIT_SORT_RULE);
    return planner;
  }

  /**
   * As Calcite's own, for the enumerable convention ttsql plans in, with the LIMIT and OFFSET of
   * every statement it parses checked, and cancel points and {@link NoColumnRows} in every plan it
   * runs.
   */
  @Override
  protected CalcitePreparingStmt getPreparingStmt(
      Context context, Type elementType, CalciteCatalogReader catalogReader, RelOptPlanner planner) {
    EnumerableRel.Prefer prefer = elementType == Object[].class ? EnumerableRel.Prefer.ARRAY : EnumerableRel.Prefer.CUSTOM;
    RelOptCluster cluster = createCluster(planner, new RexBuilder(context.getTypeFactory()));
    return new CalcitePreparingStmt(this, context, catalogReader, context.getTypeFactory(), context.getRootSchema(),
        prefer, cluster, EnumerableConvention.INSTANCE, createConvertletTable()) {
      @Override
      public PreparedResult prepareSql(SqlNode sqlQuery, SqlNode sqlNodeOriginal, Class<?> runtimeContextClass,
          SqlValidator validator, boolean needsValidation) {
        LimitLiterals.check(sqlQuery);
        return super.prepareSql(sqlQuery, sqlNodeOriginal, runtimeContextClass, validator, needsValidation);
      }

      @Override
      protected PreparedResult implement(RelRoot root) {
        return super.implement(root.withRel(CancelPoints.added(NoColumnRows.added(root.rel))));
      }
    };
  }
}
