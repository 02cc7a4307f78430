package io.ttsql.shell.repl;

import java.util.Set;

/** The SQL words that the shell completes and highlights. */
final class SqlKeywords {
  static final Set<String> ALL =
      Set.of(
          "select", "from", "where", "group", "by", "order", "having", "limit", "offset", "fetch", "first", "next",
          "rows", "only", "as", "and", "or", "not", "in", "is", "null", "like", "between", "exists", "distinct",
          "all", "any", "some", "union", "intersect", "except", "minus", "join", "inner", "left", "right", "full",
          "outer", "cross", "on", "using", "natural", "with", "recursive", "case", "when", "then", "else", "end",
          "asc", "desc", "nulls", "last", "true", "false", "unknown", "cast", "over", "partition", "window",
          "range", "preceding", "following", "current", "row", "unbounded", "filter", "within", "lateral",
          "values", "explain", "plan", "for", "count", "sum", "avg", "min", "max", "coalesce", "nullif",
          "extract", "substring", "trim", "upper", "lower", "char_length", "position", "floor", "ceil", "abs",
          "mod", "round", "row_number", "rank", "dense_rank", "lag", "lead", "first_value", "last_value",
          "listagg", "string_agg", "bigint", "integer", "varchar", "boolean", "double", "decimal", "time",
          "timestamp", "date", "interval", "escape", "similar", "to", "any_value", "stddev", "variance");

  private SqlKeywords() {}
}
