package io.ttsql.queries;

import static io.ttsql.queries.QueryParameter.Kind.IDENTIFIER;
import static io.ttsql.queries.QueryParameter.Kind.VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The header of a query file: what it must hold and how mistakes are reported. */
class QueryFileParserTest {
  @Test
  void readsNameDescriptionParametersAndBody() {
    SavedQuery q = QueryFileParser.parse("top.sql", "top", String.join("\n",
        "-- name: top",
        "-- description: the biggest allocations",
        "-- param: limit = 20",
        "--   param: kind =  alloc ",
        "--",
        "-- free text about the query",
        "select size from events where kind = :kind",
        "limit :limit;",
        ""));
    assertEquals("top", q.name());
    assertEquals("the biggest allocations", q.description());
    assertEquals(List.of(new QueryParameter("limit", "20", VALUE, null), new QueryParameter("kind", "alloc", VALUE, null)),
        q.parameters());
    assertEquals("select size from events where kind = :kind\nlimit :limit", q.sql());
  }

  @Test
  void readsIdentifierParameters() {
    SavedQuery q = QueryFileParser.parse("two.sql", "two", String.join("\n",
        "-- name: two",
        "-- description: two schemas",
        "-- param: before = before (identifier)",
        "-- param: after = run_2  (identifier)",
        "-- param: note = (identifier) is a value when it is not at the end",
        "select :note from :before.events, :after.events"));
    assertEquals(List.of(new QueryParameter("before", "before", IDENTIFIER, null),
        new QueryParameter("after", "run_2", IDENTIFIER, null),
        new QueryParameter("note", "(identifier) is a value when it is not at the end", VALUE, null)), q.parameters());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryFileParser.parse("two.sql",
        "two", "-- name: two\n-- description: d\n-- param: s = a b (identifier)\nselect * from :s.events"));
    assertEquals("two.sql:3: parameter s is an identifier, but its default a b is not letters, digits and _"
        + " starting with a letter or _", e.getMessage());
  }

  @Test
  void readsTheFormatOfTheLogsASchemaParameterNames() {
    SavedQuery q = QueryFileParser.parse("join.sql", "join", String.join("\n",
        "-- name: join",
        "-- description: two logs of one run",
        "-- param: server = server (schema of a server log)",
        "-- param: stacks = stacks (schema of a buffer_debug log)",
        "select * from :server.events, :stacks.events"));
    assertEquals(List.of(new QueryParameter("server", "server", IDENTIFIER, "server"),
        new QueryParameter("stacks", "stacks", IDENTIFIER, "buffer_debug")), q.parameters());
  }

  @Test
  void rejectsAFileWithoutHeader() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("/io/ttsql/queries/top.sql", "top", "select 1;\n"));
    assertEquals("/io/ttsql/queries/top.sql: no header: the file must start with '-- name: top'"
        + " and '-- description: …' comment lines", e.getMessage());
  }

  @Test
  void rejectsAHeaderWithoutDescription() {
    assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\n-- description:\nselect 1"));
    assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\nselect 1"));
  }

  @Test
  void rejectsANameThatIsNotTheFiles() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: bottom\n-- description: d\nselect 1"));
    assertEquals("top.sql: its header names it bottom, not top", e.getMessage());
  }

  @Test
  void reportsTheLineOfABadParameter() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\n-- description: d\n-- param: limit 20\nselect 1"));
    assertEquals("top.sql:3: parameter 'limit 20' is not 'name = default'", e.getMessage());
    e = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\n-- name: top\n-- description: d\nselect 1"));
    assertEquals("top.sql:2: second name", e.getMessage());
  }

  @Test
  void rejectsParametersThatTheBodyDoesNotMatch() {
    IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\n-- description: d\n-- param: limit = 5\nselect 1"));
    assertEquals("top.sql: query top declares parameters [limit] but its body uses []", unused.getMessage());
    IllegalArgumentException undeclared = assertThrows(IllegalArgumentException.class,
        () -> QueryFileParser.parse("top.sql", "top", "-- name: top\n-- description: d\nselect 1 limit :limit"));
    assertEquals("top.sql: query top declares parameters [] but its body uses [limit]", undeclared.getMessage());
  }
}
