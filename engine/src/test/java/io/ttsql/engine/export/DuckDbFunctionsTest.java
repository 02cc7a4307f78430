package io.ttsql.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.duckdb.CopyProgress;
import io.ttsql.engine.duckdb.DuckDb;
import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.DuckDbComparison;
import io.ttsql.engine.testing.DuckDbComparison.NamedSql;
import io.ttsql.engine.testing.ExportLogs;
import io.ttsql.engine.testing.QueryFixture;
import io.ttsql.udf.AddressFunctions;
import io.ttsql.udf.FunctionNames;
import io.ttsql.udf.SizeFunctions;
import io.ttsql.udf.SymbolFunctions;
import io.ttsql.udf.UdfCatalog;
import io.ttsql.udf.Udf;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The macros of {@code duckdb-functions.sql} in an export, against the Java functions they stand for, on the same inputs. */
class DuckDbFunctionsTest {
  @TempDir static Path dir;

  private static QueryFixture ttsql;
  private static DuckDBConnection duck;

  @BeforeAll
  static void export() throws Exception {
    ttsql = QueryFixture.open(ExportLogs.write(dir));
    Path file = dir.resolve("functions.duckdb");
    TraceExport.export(ttsql.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
    duck = DuckDb.open(file);
  }

  @AfterAll
  static void close() throws Exception {
    duck.close();
    ttsql.close();
  }

  @Test
  void everySchemaHasEveryFunction() throws SQLException {
    List<String> names = UdfCatalog.all().stream().map(Udf::name).sorted().toList();
    for (String schema : List.of("main", "stacks")) {
      List<String> macros = column("select function_name from duckdb_functions() where schema_name = '" + schema
          + "' and database_name = current_database() and function_type = 'macro' and function_name not like 'ttsql\\_%' escape '\\' order by 1");
      assertEquals(names, macros, schema);
    }
  }

  @Test
  void ourHexHidesDuckDbsWhereTheExportIsTheCurrentDatabase() throws Exception {
    // DuckDB looks in the current schema before its built-in functions; its own hex stays reachable.
    assertEquals(List.of("0xff | FF"), column("select hex(255) || ' | ' || system.main.hex(255)"));
    // Opened as the DuckDB command line opens a file, where it is the current database.
    Path file = dir.resolve("direct.duckdb");
    TraceExport.export(ttsql.connection(), ExportTarget.of(file.toString(), false), CopyProgress.NONE);
    try (Connection direct = DriverManager.getConnection("jdbc:duckdb:" + file);
        Statement s = direct.createStatement();
        ResultSet rs = s.executeQuery("select hex(255), stacks.hex(-1)")) {
      assertTrue(rs.next());
      assertEquals("0xff", rs.getString(1));
      assertEquals("0xffffffffffffffff", rs.getString(2));
    }
  }

  @Test
  void hexAndTheSizeFunctionsAgreeWithJava() throws SQLException {
    List<Long> sizes = new ArrayList<>(Arrays.asList(null, 0L, 1L, 2L, 3L, 100L, 1023L, 1024L, 1025L, 1075L, 1076L,
        2304L, 4095L, 4096L, 6144L, 8191L, 8192L, 43960L, 101152L, 1048575L, 1048576L, 1101004L, 1101005L, 1572864L,
        3145728L, 1073741824L, (1L << 62) - 1, 1L << 62, Long.MAX_VALUE, -1L, -1023L, -1024L, -32768L, Long.MIN_VALUE));
    SplittableRandom random = new SplittableRandom(20261125L);
    for (int i = 0; i < 300; i++) {
      sizes.add(random.nextLong() >> random.nextInt(64));
    }
    check(sizes, v -> v == null ? "cast(null as bigint)" : "cast(" + v + " as bigint)",
        "coalesce(hex(v), 'null') || ' | ' || coalesce(human_bytes(v), 'null') || ' | ' || coalesce(size_bucket(v), 'null')"
            + " || ' | ' || coalesce(cast(size_bucket_low(v) as varchar), 'null')",
        v -> AddressFunctions.hex(v) + " | " + SizeFunctions.humanBytes(v) + " | " + SizeFunctions.sizeBucket(v) + " | "
            + SizeFunctions.sizeBucketLow(v));
  }

  @Test
  void parseAddressAgreesWithJava() throws SQLException {
    List<String> addresses = Arrays.asList(null, "0x18b20", "0X18B20", " 1482752 ", "\t0x2f4a0000\u3000", "0", "007",
        "0x0000000000000000000000ff", "9223372036854775807", "9223372036854775808", "0x8000000000000000",
        "18446744073709551615", "0xffffffffffffffff");
    check(addresses, v -> v == null ? "cast(null as varchar)" : DuckDb.literal(v),
        "coalesce(cast(parse_address(v) as varchar), 'null')", v -> String.valueOf(AddressFunctions.parseAddress(v)));
    for (String text : List.of("", " ", "0x", "0xg1", "-5", "+5", "0x+5", "1\u0662", "0x\uff11", "12ab", "buffer",
        "1_000", "12 34", "\u00a012", "18446744073709551616", "0x1ffffffffffffffff")) {
      String expected = assertThrows(IllegalArgumentException.class, () -> AddressFunctions.parseAddress(text)).getMessage();
      SQLException e = assertThrows(SQLException.class, () -> column("select parse_address(" + DuckDb.literal(text) + ")"));
      assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
  }

  @Test
  void blanksAroundAnAddressAreThoseOfJavaStrip() throws SQLException {
    // parse_address strips what String.strip() strips: every code point of the BMP, around an x.
    List<String> java = IntStream.range(1, 0x10000)
        .filter(c -> !Character.isSurrogate((char) c))
        .filter(c -> (Character.toString(c) + "x" + Character.toString(c)).strip().equals("x"))
        .mapToObj(Integer::toString).toList();
    List<String> duckDb = column("select c from range(1, 65536) as t(c) where (c < 55296 or c > 57343)"
        + " and ttsql_strip(chr(c::integer) || 'x' || chr(c::integer)) = 'x' order by c");
    assertEquals(java, duckDb);
  }

  @Test
  void shortFunctionAgreesWithJava() throws SQLException {
    List<String> names = new ArrayList<>(Arrays.asList(null, "", "main", "_PyEval_EvalFrameDefault", "[0x7f2c19a3e1b4]",
        "ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<tt::tt_metal::Tensor,"
            + " std::allocator<tt::tt_metal::Tensor> > const&) const",
        "void tt::tt_metal::detail::WriteToBuffer<unsigned int>(tt::tt_metal::Buffer&, std::vector<unsigned int> const&)",
        "std::string ns::name[abi:cxx11]() const", "ns::Holder::size() const noexcept", "ns::Holder::get() const &",
        "tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long) [clone .constprop.0] [clone .isra.0]",
        "f [clone a [clone b]", "f(int) [clone [abi:cxx11]", "std::function<void (int)>::operator()(int) const",
        "tt::tt_metal::Buffer::operator bool() const", "operator new(unsigned long)", "bool tt::operator<(int, int)",
        "std::basic_ostream<char>& std::operator<< <std::char_traits<char> >(std::basic_ostream<char>&, char const*)",
        "std::unique_ptr<ns::A>::operator->() const", "(anonymous namespace)::helper::run", "ns::Pool<int, 4>::get",
        "tt::tt_metal::EnqueueProgram(tt::tt_metal::Program&, bool)::{lambda()#1}::operator()() const",
        "std::_Function_handler<void (int), ttnn::foo(int)::{lambda(int)#1}>::_M_invoke(std::_Any_data const&, int&&)",
        "ttnn::operations::binary::BinaryOperation<(ttnn::operations::binary::BinaryOpType)0>::invoke(float)",
        "a::b::c:::d", "x >::y", "a<b", "f(a", " (x)", "a::", "\u3000ns::f(int)\t", "ns\n::f(int) [clone .cold]",
        "ns::Lambda::operator()", "operator()", "ttnn::op_t<int>::operator()<ttnn::Tensor const&>(ttnn::Tensor const&) const",
        "my_operator(int)", "éoperator()", "_operator()", "tt::Size::operator unsigned long() const",
        "ns::Name::operator char const*() const", "my_operator ns::f(int)", "void operator delete(void*)",
        "ttnn::A<(1>2)>::f", "ns::B<(1<2), 3>::Inner::g", "ns::C<(1<2)>::g", "f(a<b)::g>::h"));
    // Then text made of the pieces the functions look for, in any order.
    String[] pieces = {"ns", "::", ":", "<", ">", "(", ")", "[", "]", "{", "}", " ", ", ", "int", " const", " &", " &&",
        " volatile", " noexcept", "[abi:cxx11]", " [clone .cold]", " [clone ", "operator", "operator<", "operator()", "é"};
    SplittableRandom random = new SplittableRandom(7L);
    for (int i = 0; i < 400; i++) {
      StringBuilder name = new StringBuilder();
      for (int n = random.nextInt(1, 12); n > 0; n--) {
        name.append(pieces[random.nextInt(pieces.length)]);
      }
      names.add(name.toString());
    }
    // ttsql_function_name is the helper that does what FunctionNames does.
    check(names, v -> v == null ? "cast(null as varchar)" : DuckDb.literal(v),
        "coalesce(ttsql_function_name(v), 'null') || ' | ' || coalesce(short_function(v), 'null')",
        v -> v == null ? "null | null" : FunctionNames.function(v) + " | " + SymbolFunctions.shortFunction(v));
  }

  @Test
  void stackFunctionsAgreeWithTtsql() throws SQLException {
    // Each schema's macros read that schema's frames: stacks.* the debug log's, the unqualified
    // ones the server log's, which has none. Stack ids and depths past the ends give NULL.
    String grid = " from (values (0), (1), (2), (3), (-1), (99), (cast(null as bigint))) as s(stack_id)"
        + " cross join (values (-1), (0), (1), (4), (5), (cast(null as integer))) as d(n)";
    List<NamedSql> statements = new ArrayList<>();
    for (String schema : List.of("stacks.", "")) {
      statements.add(new NamedSql(schema + "stack functions",
          "select s.stack_id, d.n, " + schema + "frame_at(s.stack_id, d.n) as frame, " + schema + "stack_text(s.stack_id) as stack,"
              + " " + schema + "stack_contains(s.stack_id, 'Buffer') as buffer, " + schema + "stack_contains(s.stack_id, '') as anything,"
              + " " + schema + "stack_contains(s.stack_id, cast(null as varchar)) as no_pattern" + grid));
    }
    statements.add(new NamedSql("short functions of the frames",
        "select stack_id, depth, short_function(symbol) as short, short_function(\"function\") as again from stacks.frames"));
    assertEquals("", DuckDbComparison.disagreements(DuckDbComparison.between(ttsql.connection(), duck).compareAll(statements)));
    // The answers agree, and they are the frames of FORMATS.md's first block; the hidden symbol shows its module.
    assertEquals(List.of(String.join("\n", "tt::tt_metal::Buffer::create", "ttnn::operations::matmul::Matmul::create_output_tensors",
        DebugLogBlocks.TTNN, "_PyEval_EvalFrameDefault", "[0x7f2c19a3e1b4]")), column("select stacks.stack_text(0)"));
    assertEquals(List.of("Matmul::create_output_tensors"), column("select short_function(stacks.frame_at(0, 1))"));
  }

  @Test
  void aTableAliasOfTheCallerIsNotTakenForOneInsideAMacro() throws SQLException {
    // A macro's body is bound where it is called, so a name inside it that a query also uses, as
    // f for frames, m or a, could take the argument f.stack_id or m.unit for its own (every stack's
    // frames, a field of the body's own value): the answers must be those of ttsql all the same.
    List<NamedSql> statements = List.of(
        new NamedSql("stack functions of f.stack_id", "select f.seq, stacks.frame_at(f.stack_id, 1) as frame,"
            + " stacks.stack_text(f.stack_id) as stack, stacks.stack_contains(f.stack_id, 'MeshBuffer') as mesh"
            + " from stacks.allocations as f"),
        new NamedSql("frame_at of f.depth", "select f.stack_id, f.depth, stacks.frame_at(f.stack_id, f.depth + 1) as caller"
            + " from stacks.frames as f"),
        new NamedSql("human_bytes of m.unit and m.tenths", "select human_bytes(m.unit) as u, human_bytes(m.tenths) as t"
            + " from (values (1572864, 2048)) as m(unit, tenths)"),
        new NamedSql("parse_address of a.unsigned", "select parse_address(a.\"unsigned\") as p from (values ('0x10')) as a(\"unsigned\")"));
    assertEquals("", DuckDbComparison.disagreements(DuckDbComparison.between(ttsql.connection(), duck).compareAll(statements)));
    // The answers agree, and they are those of each row's own value.
    assertEquals(List.of("1.5 MB | 2 KB"), column("select human_bytes(m.unit) || ' | ' || human_bytes(m.tenths)"
        + " from (values (1572864, 2048)) as m(unit, tenths)"));
  }

  @Test
  void aNumberWithAFractionIsCutTowardZeroAsTtsqlCutsIt() throws SQLException {
    // ttsql hands a function that takes a whole number the number as its cast to BIGINT makes it,
    // cut toward zero (cast(1.9 as bigint) = 1, cast(-1.9 as bigint) = -1), where DuckDB's cast
    // rounds (2, -2). The macros cut too, so the same call answers alike in both.
    String functions = "select i, hex(v) as h, human_bytes(v) as b, size_bucket(v) as s, size_bucket_low(v) as l,"
        + " stacks.frame_at(v, v) as f, stacks.stack_text(v) as t, stacks.stack_contains(v, 'deallocate') as c"
        + " from (values (0, 1.5), (1, 1.9), (2, -1.5), (3, 0.4), (4, -0.4), (5, 0.5), (6, 2.5), (7, 1023.9),"
        + " (8, 6143.99), (9, -1023.9), (10, 12345678.75)) as t(i, v)";
    List<NamedSql> statements = List.of(new NamedSql("decimals", functions),
        new NamedSql("doubles", functions.replace("as t(i, v)", "as d(i, w) cross join lateral (select cast(w as double) as v) as t")),
        new NamedSql("reals", functions.replace("as t(i, v)", "as d(i, w) cross join lateral (select cast(w as real) as v) as t")),
        // ttsql's / of two whole numbers is a whole number, DuckDB's a DOUBLE: the functions hide that.
        new NamedSql("an average by /", "select human_bytes(sum(size) / count(*)) as mean, hex(sum(size) / 3) as third,"
            + " stacks.frame_at(1, count(size) / 2) as middle from lifetimes"));
    assertEquals("", DuckDbComparison.disagreements(DuckDbComparison.between(ttsql.connection(), duck).compareAll(statements)));
    // The answers agree, and they are those of 1: frame 1 of stack 1 is the second of FORMATS.md's deallocation block.
    assertEquals(List.of("0x1 | 1023 B | 1 B – 2 B | tt::tt_metal::Tensor::deallocate"), column("select hex(1.9) || ' | '"
        + " || human_bytes(1023.9) || ' | ' || size_bucket(1.9) || ' | ' || stacks.frame_at(1.9, 1.9)"));
    // -0.4 is cut to 0, which is a size: '0 B', not NULL as a negative size.
    assertEquals(List.of("0 B | 0"), column("select size_bucket(-0.4) || ' | ' || size_bucket_low(-0.4)"));
  }

  @Test
  void aNumberWhereTextIsTakenIsReadAsItsDigits() throws SQLException {
    // ttsql hands a function that takes text a number as its digits (parse_address(12) reads
    // '12'); DuckDB's trim takes no number, so the macros cast it to text first.
    NamedSql numbers = new NamedSql("numbers as text", "select parse_address(12) as p, parse_address(cast(4096 as bigint)) as q,"
        + " short_function(12) as s");
    assertEquals("", DuckDbComparison.disagreements(DuckDbComparison.between(ttsql.connection(), duck).compareAll(List.of(numbers))));
    assertEquals(List.of("12 | 4096 | 12"), column("select parse_address(12) || ' | ' || parse_address(cast(4096 as bigint))"
        + " || ' | ' || short_function(12)"));
    // A number with a fraction is no address, as its text '1.5' is none.
    SQLException e = assertThrows(SQLException.class, () -> column("select parse_address(1.5)"));
    assertTrue(e.getMessage().contains("parse_address: '1.5' is not an address"), e.getMessage());
  }

  /**
   * Evaluates {@code duckDbText} of {@code v} in DuckDB for each of {@code values} (written in SQL
   * by {@code literal}) and checks it against {@code java} of the same value; both render NULL as
   * {@code null}.
   */
  private static <T> void check(List<T> values, Function<T, String> literal, String duckDbText, Function<T, String> java)
      throws SQLException {
    String rows = IntStream.range(0, values.size())
        .mapToObj(i -> "(" + i + ", " + literal.apply(values.get(i)) + ")").collect(Collectors.joining(", "));
    List<String> duckDb = column("select " + duckDbText + " from (values " + rows + ") as t(i, v) order by i");
    for (int i = 0; i < values.size(); i++) {
      assertEquals(java.apply(values.get(i)), duckDb.get(i), duckDbText + " of " + values.get(i));
    }
  }

  private static List<String> column(String sql) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }
}
