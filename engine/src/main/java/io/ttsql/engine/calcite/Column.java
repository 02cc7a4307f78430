package io.ttsql.engine.calcite;

import java.util.Objects;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * One column of a ttsql table, declared once: its name, SQL type, nullability, one-line meaning
 * and how to read its value for a row of the data {@code D}. Row types, documentation tables and
 * the shell's {@code .schema} all derive from these declarations.
 *
 * @param <D> the data the table reads from
 * @param name lower-case column name
 * @param type SQL type; values are Long for BIGINT, Integer for INTEGER and TIME (ms of day),
 *     String for VARCHAR, Boolean for BOOLEAN
 * @param nullable whether the column may hold NULL
 * @param description what the column means, in one line
 * @param reader reads the value of a row
 */
public record Column<D>(String name, SqlTypeName type, boolean nullable, String description, ValueReader<D> reader) {
  public Column {
    Objects.requireNonNull(name, "name is null");
    Objects.requireNonNull(type, "type is null");
    Objects.requireNonNull(description, "description is null");
    Objects.requireNonNull(reader, "reader is null");
  }

  /** Reads one value of a column. */
  @FunctionalInterface
  public interface ValueReader<D> {
    /** The value at {@code row}, boxed as the column's type requires, or null. */
    Object read(D data, int row);
  }

  /** This column reading the row that {@code rowMap} maps each row to. */
  public Column<D> remapped(RowMap<D> rowMap) {
    return new Column<>(name, type, nullable, description, (d, row) -> reader.read(d, rowMap.map(d, row)));
  }

  /** Maps a row of one table to a row of the table whose columns it reuses. */
  @FunctionalInterface
  public interface RowMap<D> {
    int map(D data, int row);
  }

  static <D> Column<D> bigint(String name, boolean nullable, String description, ValueReader<D> reader) {
    return new Column<>(name, SqlTypeName.BIGINT, nullable, description, reader);
  }

  static <D> Column<D> integer(String name, boolean nullable, String description, ValueReader<D> reader) {
    return new Column<>(name, SqlTypeName.INTEGER, nullable, description, reader);
  }

  static <D> Column<D> varchar(String name, boolean nullable, String description, ValueReader<D> reader) {
    return new Column<>(name, SqlTypeName.VARCHAR, nullable, description, reader);
  }

  static <D> Column<D> bool(String name, boolean nullable, String description, ValueReader<D> reader) {
    return new Column<>(name, SqlTypeName.BOOLEAN, nullable, description, reader);
  }
}
