package io.ttsql.queries;

import static io.ttsql.queries.QueryParameter.Kind.IDENTIFIER;
import static io.ttsql.queries.QueryParameter.Kind.VALUE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Binding parameter values: defaults, literals, and placeholders that are not placeholders. */
class SavedQueryTest {
  private static final SavedQuery QUERY = new SavedQuery("q", "d",
      List.of(new QueryParameter("limit", "20", VALUE, null), new QueryParameter("name", "Matmul", VALUE, null)),
      "select ':limit' as \"a:limit\", x::int -- :name\n/* :limit */ from t where c = :name and d = :name limit :limit");

  @Test
  void defaultsFillTheParametersNotGiven() {
    assertEquals("select ':limit' as \"a:limit\", x::int -- :name\n/* :limit */ from t where c = 'Matmul' and d = 'Matmul' limit 20",
        QUERY.bind(Map.of()));
  }

  @Test
  void givenValuesBecomeLiterals() {
    assertEquals("select ':limit' as \"a:limit\", x::int -- :name\n/* :limit */ from t where c = 'O''Brien'' or 1=1 --'"
            + " and d = 'O''Brien'' or 1=1 --' limit 5",
        QUERY.bind(Map.of("limit", "5", "name", "O'Brien' or 1=1 --")));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      20        | 20
      -1.5      | -1.5
      007       | 007
      1e5       | '1e5'
      0x10      | '0x10'
      ""        | ''
      DRAM      | 'DRAM'
      it's      | 'it''s'
      1;drop    | '1;drop'
      """)
  void numbersStayNumbersAndTheRestIsQuoted(String value, String literal) {
    assertEquals(literal, QueryParameter.literal(value == null ? "" : value));
  }

  @Test
  void identifierParametersBecomeQuotedNames() {
    SavedQuery q = new SavedQuery("q", "d", List.of(new QueryParameter("before", "before", IDENTIFIER, null),
        new QueryParameter("limit", "5", VALUE, null)),
        "select * from :before.lifetimes as b, :before.frames limit :limit");
    assertEquals("select * from \"before\".lifetimes as b, \"before\".frames limit 5", q.bind(Map.of()));
    assertEquals("select * from \"Run_2\".lifetimes as b, \"Run_2\".frames limit 5", q.bind(Map.of("before", "Run_2")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\"b", "x.lifetimes", "a b", "1abc", "", "a;drop", "a'b", "a--", "\"x\"", "ä"})
  void identifierValuesThatAreNotPlainNamesAreRefused(String value) {
    // The value is quoted, as a count parameter's is: an empty one (server=) read "…, not " and
    // one with a blank (a b) ran on into the sentence.
    SavedQuery q = new SavedQuery("q", "d", List.of(new QueryParameter("schema", "main", IDENTIFIER, null)),
        "select * from :schema.events");
    QueryException e = assertThrows(QueryException.class, () -> q.bind(Map.of("schema", value)));
    assertEquals("parameter schema takes a name (letters, digits and _, starting with a letter or _), not '" + value + "'",
        e.getMessage());
  }

  @Test
  void anIdentifierDefaultMustBeAName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new QueryParameter("schema", "main.x", IDENTIFIER, null));
    assertEquals("parameter schema is an identifier, but its default main.x is not letters, digits and _"
        + " starting with a letter or _", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "-1", "2.5", "", "10 union select 1", "2147483648", "99999999999999999999999"})
  void aParameterWhoseDefaultIsAWholeNumberTakesOnlyWholeNumbersThatFitLimit(String value) {
    // limit's default is 20, so a row count: anything else, or a count past LIMIT's INTEGER
    // (2^31 - 1 = 2147483647), would only fail later, inside the SQL.
    QueryException e = assertThrows(QueryException.class, () -> QUERY.bind(Map.of("limit", value)));
    assertEquals("parameter limit takes a whole number from 0 to 2147483647, like its default 20, not '" + value + "'",
        e.getMessage());
  }

  @Test
  void theLargestCountIsTaken() {
    assertTrue(QUERY.bind(Map.of("limit", "2147483647")).endsWith("limit 2147483647"));
  }

  @Test
  void anUnknownParameterIsAnError() {
    QueryException e = assertThrows(QueryException.class, () -> QUERY.bind(Map.of("limt", "5")));
    assertEquals("query q has no parameter limt (parameters: limit=20, name=Matmul)", e.getMessage());
    SavedQuery none = new SavedQuery("plain", "d", List.of(), "select 1");
    e = assertThrows(QueryException.class, () -> none.bind(Map.of("limit", "5")));
    assertEquals("query plain has no parameter limit (it takes none)", e.getMessage());
  }

  @Test
  void placeholdersAreFoundOutsideLiteralsAndComments() {
    assertEquals(List.of("name", "limit"), List.copyOf(Placeholders.names(QUERY.sql())));
    assertEquals(List.of(), List.copyOf(Placeholders.names("select 'it''s :a' from \"t:b\" -- :c")));
  }

  @Test
  void pathLikeOrUpperCaseNamesAreNotQueryNames() {
    for (String bad : List.of("../net-leaks", "a/b", "a\\b", "Net-Leaks", "net--leaks", "-x", "", "net_leaks", "x.sql")) {
      assertThrows(IllegalArgumentException.class, () -> new SavedQuery(bad, "d", List.of(), "select 1"), bad);
    }
  }
}
