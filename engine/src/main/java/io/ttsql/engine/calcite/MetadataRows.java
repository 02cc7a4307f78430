package io.ttsql.engine.calcite;

import org.apache.calcite.avatica.MetaImpl.MetaColumn;
import org.apache.calcite.avatica.MetaImpl.MetaTable;
import org.apache.calcite.jdbc.CalciteConnection;
import org.apache.calcite.jdbc.CalciteMetaColumnFactory;
import org.apache.calcite.jdbc.CalciteMetaImpl.CalciteMetaTable;
import org.apache.calcite.jdbc.CalciteMetaTableFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.Table;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The rows of a ttsql connection's {@code DatabaseMetaData.getTables} and {@code getColumns}:
 * their {@code REMARKS} say what each table and column means, as {@code ttsql_tables} and {@code
 * ttsql_columns} do, and a column's {@code TYPE_NAME} is its bare SQL type ({@code BIGINT}, where
 * Calcite says {@code BIGINT NOT NULL}, which {@code NULLABLE} already tells), with the type's
 * precision as {@code COLUMN_SIZE} and none for an unbounded {@code VARCHAR}.
 */
final class MetadataRows {
  private final CalciteConnection connection;

  MetadataRows(CalciteConnection connection) {
    this.connection = connection;
  }

  /** The rows of {@code getTables}. */
  CalciteMetaTableFactory tables() {
    return new CalciteMetaTableFactory() {
      @Override
      public MetaTable createTable(Table table, String tableCat, String tableSchem, String tableName) {
        TableDoc doc = doc(tableSchem, tableName);
        return new DescribedTable(table, tableCat, tableSchem, tableName, doc == null ? null : doc.description());
      }

      @Override
      public Class<? extends MetaTable> getMetaTableClass() {
        return DescribedTable.class;
      }
    };
  }

  /** The rows of {@code getColumns}. */
  CalciteMetaColumnFactory columns() {
    return new CalciteMetaColumnFactory() {
      @Override
      public MetaColumn createColumn(Table table, String tableCat, String tableSchem, String tableName,
          String columnName, int dataType, String typeName, Integer columnSize, Integer decimalDigits,
          int numPrecRadix, int nullable, Integer charOctetLength, int ordinalPosition, String isNullable) {
        SqlTypeName type = SqlTypeName.getNameForJdbcType(dataType);
        Integer size = columnSize != null && columnSize > 0 ? columnSize : type == null ? null : defaultPrecision(type);
        Integer octets = charOctetLength != null && charOctetLength > 0 ? charOctetLength : null;
        TableDoc doc = doc(tableSchem, tableName);
        return new DescribedColumn(tableCat, tableSchem, tableName, columnName, dataType,
            type == null ? typeName : type.getName(), size, decimalDigits, numPrecRadix, nullable, octets,
            ordinalPosition, isNullable, doc == null ? null : doc.columns().get(columnName));
      }

      @Override
      public Class<? extends MetaColumn> getMetaColumnClass() {
        return DescribedColumn.class;
      }
    };
  }

  /** The precision that {@code type} always has, or null when it has none (an unbounded VARCHAR). */
  private static Integer defaultPrecision(SqlTypeName type) {
    int precision = RelDataTypeSystem.DEFAULT.getDefaultPrecision(type);
    return precision > 0 ? precision : null;
  }

  /** The documentation of table {@code name} of schema {@code schemaName}, or null for a table ttsql did not make. */
  private TableDoc doc(String schemaName, String name) {
    SchemaPlus schema = schemaName == null ? null : connection.getRootSchema().subSchemas().get(schemaName);
    return schema != null && CalciteSchema.from(schema).schema instanceof LogSchema logs ? logs.tableDocs().get(name) : null;
  }

  /**
   * A row of {@code getTables} with its {@code REMARKS}: Calcite reads the row's fields by the
   * result's column names, so this field stands for the superclass's, which is always null.
   */
  public static final class DescribedTable extends CalciteMetaTable {
    public final String remarks;

    DescribedTable(Table table, String tableCat, String tableSchem, String tableName, String remarks) {
      super(table, tableCat, tableSchem, tableName);
      this.remarks = remarks;
    }
  }

  /** A row of {@code getColumns} with its {@code REMARKS}, standing for the superclass's as in {@link DescribedTable}. */
  public static final class DescribedColumn extends MetaColumn {
    public final String remarks;

    DescribedColumn(String tableCat, String tableSchem, String tableName, String columnName, int dataType,
        String typeName, Integer columnSize, Integer decimalDigits, int numPrecRadix, int nullable,
        Integer charOctetLength, int ordinalPosition, String isNullable, String remarks) {
      super(tableCat, tableSchem, tableName, columnName, dataType, typeName, columnSize, decimalDigits, numPrecRadix,
          nullable, charOctetLength, ordinalPosition, isNullable);
      this.remarks = remarks;
    }
  }
}
