package io.ttsql.engine.calcite;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system with three changes. Strings of different lengths that meet in one column
 * ({@code case … then 'new' else 'unchanged' end}, a UNION of literals) are VARCHAR, not a CHAR
 * padded to the longest, so no value comes back with trailing blanks, and literals compare as
 * VARCHARs do: {@code 'a' = 'a  '} is false (as in DuckDB and PostgreSQL's text). And whole
 * numbers add up as in PostgreSQL and DuckDB: the sum of an INTEGER (or smaller) column is a
 * BIGINT, where Calcite summed {@code pid} or {@code occurrence} over a few million rows in an
 * INTEGER, which wrapped past 2^31 to a negative total; and the average of whole numbers is a
 * DOUBLE, where Calcite's was a whole number of the column's type, cut toward zero, computed
 * from that sum cast back to the column's type. And a DECIMAL holds up to 38 digits, as in DuckDB.
 */
public final class TtsqlTypeSystem extends RelDataTypeSystemImpl {
  private static final int MAX_DECIMAL_DIGITS = 38;

  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }

  /** DECIMAL holds 38 digits, as in DuckDB (Calcite's 19 refused {@code decimal(30, 0)} products past 2^63). */
  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    SqlTypeName type = argumentType.getSqlTypeName();
    if (type == SqlTypeName.INTEGER || type == SqlTypeName.SMALLINT || type == SqlTypeName.TINYINT) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.BIGINT), argumentType.isNullable());
    }
    return super.deriveSumType(typeFactory, argumentType);
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    if (SqlTypeName.INT_TYPES.contains(argumentType.getSqlTypeName())) {
      return typeFactory.createTypeWithNullability(typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType.isNullable());
    }
    return super.deriveAvgAggType(typeFactory, argumentType);
  }
}
