package io.ttsql.engine.calcite;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;

/**
 * Calcite's type system with one change: strings of different lengths that meet in one column
 * ({@code case … then 'new' else 'unchanged' end}, a UNION of literals) are VARCHAR, not a CHAR
 * padded to the longest, so no value comes back with trailing blanks, and literals compare as
 * VARCHARs do: {@code 'a' = 'a  '} is false (as in DuckDB and PostgreSQL's text).
 */
public final class TtsqlTypeSystem extends RelDataTypeSystemImpl {
  @Override
  public boolean shouldConvertRaggedUnionTypesToVarying() {
    return true;
  }
}
