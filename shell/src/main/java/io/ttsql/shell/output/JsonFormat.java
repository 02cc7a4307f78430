package io.ttsql.shell.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON: an array of row objects ({@code json}) or one object per line ({@code jsonl}); numbers and
 * booleans keep their JSON types, NULL is {@code null}, times are {@code "HH:MM:SS"} strings and
 * intervals strings as SQL prints them ({@code "+1"}).
 */
final class JsonFormat implements OutputFormat {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private final boolean lines;

  private JsonFormat(boolean lines) {
    this.lines = lines;
  }

  static JsonFormat array() {
    return new JsonFormat(false);
  }

  static JsonFormat lines() {
    return new JsonFormat(true);
  }

  @Override
  public String name() {
    return lines ? "jsonl" : "json";
  }

  @Override
  public long write(ResultSet rs, Writer out, OutputOptions options) throws SQLException, IOException {
    boolean more = rs.next(); // a query that fails at its first row prints nothing
    ResultSetMetaData md = rs.getMetaData();
    long rows = 0;
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(new MinimalPrettyPrinter(lines ? "\n" : ",\n"));
      if (!lines) {
        json.writeRaw("[\n");
      }
      for (; more; more = rs.next()) {
        json.writeStartObject();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          json.writeFieldName(md.getColumnLabel(i));
          writeValue(json, rs, i);
        }
        json.writeEndObject();
        rows++;
      }
      json.writeRaw(lines ? (rows > 0 ? "\n" : "") : (rows > 0 ? "\n]\n" : "]\n"));
    }
    return rows;
  }

  private static void writeValue(JsonGenerator json, ResultSet rs, int column) throws SQLException, IOException {
    Object value = rs.getObject(column);
    if (value instanceof Number && ColumnKind.of(rs.getMetaData(), column) == ColumnKind.TEXT) {
      json.writeString(rs.getString(column)); // an interval, whose object is a count of milliseconds or months
    } else if (value == null || value instanceof Number || value instanceof Boolean || value instanceof Array
        || value instanceof Collection<?> || value instanceof Map<?, ?>) {
      write(json, value);
    } else {
      json.writeString(rs.getString(column)); // dates and times as SQL prints them
    }
  }

  /** A value as JSON: numbers and booleans as such, arrays and multisets as arrays, maps as objects. */
  private static void write(JsonGenerator json, Object value) throws SQLException, IOException {
    if (value == null) {
      json.writeNull();
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      json.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal decimal) {
      json.writeNumber(decimal);
    } else if (value instanceof Double || value instanceof Float) {
      json.writeNumber(((Number) value).doubleValue());
    } else if (value instanceof Boolean flag) {
      json.writeBoolean(flag);
    } else if (value instanceof Array array) {
      Object elements;
      try {
        elements = array.getArray(); // an Object[] or an array of primitives
      } catch (ClassCastException e) {
        json.writeString(value.toString()); // an array of arrays, which the driver cannot convert
        return;
      }
      json.writeStartArray();
      for (int i = 0; i < java.lang.reflect.Array.getLength(elements); i++) {
        write(json, java.lang.reflect.Array.get(elements, i));
      }
      json.writeEndArray();
    } else if (value instanceof Collection<?> items) {
      json.writeStartArray();
      for (Object item : items) {
        write(json, item);
      }
      json.writeEndArray();
    } else if (value instanceof Map<?, ?> map) {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        json.writeFieldName(String.valueOf(entry.getKey()));
        write(json, entry.getValue());
      }
      json.writeEndObject();
    } else {
      json.writeString(value.toString());
    }
  }
}
