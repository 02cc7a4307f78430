package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.Ttsql;
import io.ttsql.engine.testing.DebugLogBlocks;
import io.ttsql.engine.testing.QueryFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code jdbc:ttsql:} driver as any JDBC client uses it: plain {@link DriverManager}. */
class TtsqlDriverTest {
  @TempDir Path dir;
  private Path first;
  private Path second;

  @BeforeEach
  void writeLogs() {
    first = QueryFixture.writeLog(dir, "first.log",
        "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=0x1000)",
        "✓ [PID 1] Allocated 4096 bytes of L1 on device 1 (buffer_id=0x1000)");
    second = QueryFixture.writeLog(dir, "second.log",
        "✗ [PID 1] Freed buffer 0x1000 on device 0 (4096 bytes, FINAL)",
        "not a log line");
  }

  @Test
  void driverManagerFindsTheDriverThroughServices() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
    }
  }

  @Test
  void pathsSeparatedBySemicolonsFormOneTrace() throws SQLException {
    // The free in the second file closes the allocation of the first file on device 0: one trace,
    // seqs continue across files, and the free's seq (2) comes after both allocations.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";" + second)) {
      assertEquals(List.of("0:2:freed", "1:null:end_of_log"),
          column(c, "select alloc_seq || ':' || coalesce(cast(end_seq as varchar), 'null') || ':' || end_reason"
              + " from lifetimes order by alloc_seq"));
      // Each file keeps its own line accounting; only the second has a line not understood.
      assertEquals(List.of(first + ":2:0", second + ":2:1"),
          column(c, "select file || ':' || lines || ':' || parse_errors from sources"));
    }
  }

  @Test
  void namedPathsBecomeSchemasSideBySide() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:before=" + first + ";after=" + second)) {
      // The first named schema is the default; the other is reached by its name.
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
      assertEquals(List.of("1"), column(c, "select count(*) from after.events"));
      assertEquals(List.of("1"), column(c, "select count(*) from after.unmatched_frees"));
    }
  }

  @Test
  void identifiersAreCaseInsensitiveAndLenientSqlWorks() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      assertEquals(List.of("0", "1"),
          column(c, "SELECT Device, COUNT(*) AS N FROM EVENTS WHERE kind != 'free' GROUP BY 1 ORDER BY 1 LIMIT 5"));
    }
  }

  @Test
  void postgresFunctionsWorkAsInDuckDb() throws SQLException {
    // Calcite's PostgreSQL functions are on, for SQL that DuckDB runs too: string_agg with its
    // order inside the call, where Calcite's listagg wants WITHIN GROUP, which DuckDB rejects.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";" + second)) {
      assertEquals(List.of("0, 1, 0 | 0, 1"),
          column(c, "select string_agg(cast(device as varchar), ', ' order by seq desc)"
              + " || ' | ' || string_agg(distinct cast(device as varchar), ', ' order by cast(device as varchar)) from events"));
    }
  }

  @Test
  void strictTurnsTheFirstParseErrorIntoAFailureNamingFileAndLine() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + second + ";strict=true").close());
    assertTrue(e.getMessage().startsWith(second + ":2: "), e.getMessage());
    assertTrue(e.getMessage().endsWith("not a log line"), e.getMessage());
    Properties strict = new Properties();
    strict.setProperty("strict", "true");
    assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:ttsql:" + second, strict).close());
  }

  @Test
  void missingFileFailsWithItsName() {
    SQLException e = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + dir.resolve("missing.log")).close());
    assertEquals("cannot read log " + dir.resolve("missing.log") + ": no such file", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void sqlIsReadOnlyOnEitherStore(String store) throws SQLException {
    // The DuckDB store's tables are real DuckDB tables, which took an UPDATE before the driver
    // refused writes itself; every refusal is one line naming the statement.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
        Statement s = c.createStatement()) {
      for (String write : List.of("delete from events", "insert into events (seq) values (99)",
          "update lifetimes set end_reason = 'freed'", "create table t (x int)", "drop table events")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(write), write);
        String verb = write.substring(0, write.indexOf(' ')).toUpperCase(Locale.ROOT);
        assertTrue(e.getMessage().startsWith("ttsql is read-only: " + verb + " is not supported"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals("25006", e.getSQLState(), "read-only SQL transaction, as PostgreSQL says");
      }
      // Comments of every form before the verb hide nothing.
      SQLException commented = assertThrows(SQLException.class,
          () -> s.executeUpdate("-- note\n/* block */ // line\n  Delete from events"));
      assertTrue(commented.getMessage().contains("ttsql is read-only: DELETE is not supported"), commented.getMessage());
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
      assertEquals(List.of("2"), column(c, "select count(*) from lifetimes where end_reason = 'end_of_log'"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void resultColumnsAreNamedByTheirLabels(String store) throws SQLException {
    // Both sizes come from events.size: named by the table's column, they were both "size", and a
    // DB-API layer (JPype, then pandas) that reads getColumnName got two columns of one name.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select a.size as before_size, b.size as after_size, a.address, count(*) as n"
            + " from events a join events b on a.address = b.address group by a.size, b.size, a.address")) {
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        assertEquals(md.getColumnLabel(i), md.getColumnName(i));
      }
      assertEquals(List.of("before_size", "after_size", "address", "n"),
          List.of(md.getColumnName(1), md.getColumnName(2), md.getColumnName(3), md.getColumnName(4)));
      // The two allocations of 0x1000 (on devices 0 and 1) pair with each other: 2 x 2 rows, one group.
      assertTrue(rs.next());
      assertEquals(4, rs.getLong("n"));
      assertEquals(4096, rs.getLong("after_size"));
    }
  }

  @Test
  void anErrorWhileAStatementRunsIsAnSqlException() throws SQLException {
    // Calcite computes the constant 1/0 while its generated class initialises: it threw an
    // ExceptionInInitializerError, which DB-API layers do not take for a database error.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select 1/0"));
      assertEquals("division by zero", e.getMessage()); // PostgreSQL's words and SQLState
      assertEquals("22012", e.getSQLState());
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void anErrorWhileRowsAreReadIsAnSqlException(String store) throws SQLException {
    // The division runs as each row is read: Avatica's next() passed the ArithmeticException on
    // unchecked, which DB-API layers do not take for a database error either. DuckDB fails the
    // statement itself, in its words (and advice a read-only connection cannot follow): either
    // store says it as PostgreSQL does.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
        Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> column(c, "select size / 0 from events"));
      assertEquals("division by zero", e.getMessage());
      assertEquals("22012", e.getSQLState());
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
    }
  }

  @Test
  void arithmeticBeyondABigintFailsRatherThanWrapAround() throws SQLException {
    // As in PostgreSQL and DuckDB: 2^63 - 1 + 1 wrapped around to -2^63, and 4096 * 10^16 (the
    // log's sizes are 4096) to 3106511852580896768, a plausible number.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first); Statement s = c.createStatement()) {
      SQLException e = assertThrows(SQLException.class, () -> column(c, "select 9223372036854775807 + 1"));
      assertEquals("BIGINT out of range", e.getMessage());
      assertEquals("22003", e.getSQLState());
      assertThrows(SQLException.class, () -> column(c, "select size * 10000000000000000 from events"));
      assertEquals("INTEGER out of range", assertThrows(SQLException.class,
          () -> column(c, "select pid * 2147483647 * 2 from events")).getMessage());
      assertEquals(List.of("9223372036854775807"), column(c, "select 9223372036854775806 + 1"));
      // The sum of INTEGERs is a BIGINT, as in PostgreSQL: Calcite's INTEGER sum wrapped to
      // -2147483648 here; their average is a DOUBLE (it was that sum cast back, an error).
      assertEquals(List.of("2147483648"), column(c, "select sum(x) from (values (2147483647), (1)) as t (x)"));
      assertEquals(List.of("1.073741824E9"), column(c, "select avg(x) from (values (2147483647), (1)) as t (x)"));
      assertEquals(List.of("0.5"), column(c, "select avg(x) from (values (0), (1)) as t (x)"));
      // A DECIMAL holds 38 digits, as in DuckDB: Calcite's 19 refused this product.
      assertEquals(List.of("92233720368547758070"), column(c, "select cast(9223372036854775807 as decimal(30, 0)) * 10"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void aRunWithAParameterMissingNamesIt(String store) throws SQLException {
    // Calcite said "exception while executing query: exception while executing query: unbound
    // parameter", with no state; JDBC drivers name the parameter (07001: wrong number of them).
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
        PreparedStatement ps = c.prepareStatement("select count(*) from events where pid = ? and device = ?")) {
      ps.setInt(1, 1);
      SQLException e = assertThrows(SQLException.class, ps::executeQuery);
      assertEquals("no value given for parameter 2 of 2", e.getMessage());
      assertEquals("07001", e.getSQLState());
      ps.setObject(2, 0);
      assertEquals(1, count(ps)); // pid 1 allocated once on device 0 and once on device 1
      ps.clearParameters();
      e = assertThrows(SQLException.class, ps::execute);
      assertEquals("no value given for parameter 1 of 2", e.getMessage());
      // A NULL is a value: the run goes on, and no row has pid NULL.
      ps.setNull(1, java.sql.Types.INTEGER);
      ps.setInt(2, 0);
      assertEquals(0, count(ps));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void aLimitParameterThatIsNullOrBeyondAnIntegerSaysSo(String store) throws SQLException {
    // Calcite's code unboxes a LIMIT or OFFSET parameter as an Integer: NULL failed with a
    // NullPointerException and 2^31 with a ClassCastException, in Java's words; 2^31 is now
    // refused when it is set. The DuckDB store read LIMIT NULL as no limit and gave every row.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
        PreparedStatement limit = c.prepareStatement("select seq from events limit ?");
        PreparedStatement offset = c.prepareStatement("select seq from events offset ?")) {
      limit.setObject(1, null);
      SQLException e = assertThrows(SQLException.class, () -> count(limit));
      assertEquals("a parameter is NULL where a number is needed, such as LIMIT ? or OFFSET ?", e.getMessage());
      assertEquals("22004", e.getSQLState());
      e = assertThrows(SQLException.class, () -> offset.setLong(1, 1L << 31));
      assertEquals("parameter 1 is INTEGER: 2147483648 is beyond it (-2147483648 to 2147483647)", e.getMessage());
      assertEquals("22003", e.getSQLState());
    }
  }

  @Test
  void anAddressOfTwoToTheSixtyThreeOrMoreIsReadFromItsDecimalText() throws SQLException {
    // The log prints the id in decimal; BIGINT stores 18446603336221200384 (0xffff800000001000) as
    // a negative number, and text for an address parameter is read as the log prints it.
    Path log = QueryFixture.writeLog(dir, "high.log",
        "✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=18446603336221200384)");
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + log);
        PreparedStatement ps = c.prepareStatement("select count(*) from events where address = ?")) {
      for (String address : List.of("18446603336221200384", "0xffff800000001000", "-140737488351232")) {
        ps.setString(1, address);
        assertEquals(1, count(ps), address);
      }
      assertThrows(SQLException.class, () -> ps.setString(1, "18446744073709551616")); // 2^64: no address
    }
  }

  @Test
  void textForAWholeNumberParameterIsReadAsTheSqlTextReadsNumbers() throws SQLException {
    // Calcite's code casts a BIGINT parameter to Number: text, such as an address copied from the
    // logs, failed with a ClassCastException. The log has the two allocations of 0x1000 = 4096,
    // on devices 0 and 1, by pid 1.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first);
        PreparedStatement ps = c.prepareStatement("select count(*) from events where address = ? and pid = ?")) {
      for (String address : List.of("0x1000", "4096", " 0X1000 ")) {
        ps.setString(1, address);
        ps.setObject(2, "1");
        assertEquals(2, count(ps), address);
      }
      ps.setString(1, "0x1001"); // no such address
      assertEquals(0, count(ps));
      ps.setString(1, "-4096");
      assertEquals(0, count(ps));
      SQLException e = assertThrows(SQLException.class, () -> ps.setString(1, "0x1000 bytes"));
      assertEquals("parameter 1 is BIGINT: '0x1000 bytes' is not a whole number of that type (decimal or 0x… hex)",
          e.getMessage());
      assertEquals("22018", e.getSQLState());
      // pid is an INTEGER: 2^31 is beyond it.
      e = assertThrows(SQLException.class, () -> ps.setString(2, "2147483648"));
      assertEquals("parameter 2 is INTEGER: '2147483648' is beyond it (-2147483648 to 2147483647)", e.getMessage());
      assertEquals("22003", e.getSQLState());
    }
  }

  private static long count(PreparedStatement ps) throws SQLException {
    try (ResultSet rs = ps.executeQuery()) {
      assertTrue(rs.next());
      return rs.getLong(1);
    }
  }

  @Test
  void limitAndOffsetTakeALongAsPythonGivesEveryInt() throws SQLException {
    // Calcite's code casts a LIMIT or OFFSET parameter to Integer: a Long (JPype's setLong for any
    // Python int) failed with a ClassCastException. The log has 2 events: seqs 0 and 1.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first);
        PreparedStatement ps = c.prepareStatement("select seq from events order by seq limit ? offset ?")) {
      ps.setLong(1, 1);
      ps.setObject(2, 1L);
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(1, rs.getLong(1)); // the second event, alone
        assertFalse(rs.next());
      }
    }
    // A long beyond an int is refused: Calcite kept its low 32 bits, so pid = 2^32 + 1 counted
    // the events of pid 1.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first);
        PreparedStatement ps = c.prepareStatement("select count(*) from events where pid = ?")) {
      SQLException e = assertThrows(SQLException.class, () -> ps.setLong(1, (1L << 32) + 1));
      assertEquals("parameter 1 is INTEGER: 4294967297 is beyond it (-2147483648 to 2147483647)", e.getMessage());
      ps.setLong(1, 1);
      assertEquals(2, count(ps));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void timeBooleanAndFractionParametersTakeTextAsPandasGivesIt(String store) throws SQLException {
    // Calcite's code casts a TIME parameter to Integer, a BOOLEAN one to Boolean and a DOUBLE one
    // to Number: text ('09:41:10', 'true') failed with a ClassCastException. The debug log's one
    // allocation was logged at 09:41:07 and owns its data; its size, 3145728, is 4718592 / 1.5.
    // Calcite hands DuckDB a TIME parameter as its milliseconds of the day, an INTEGER, which
    // DuckDB refused to compare with a TIME.
    Path debug = QueryFixture.writeLog(dir, "buffers.log", DebugLogBlocks.lines(DebugLogBlocks.ALLOCATED));
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + debug + ";store=" + store);
        PreparedStatement time = c.prepareStatement("select count(*) from events where \"time\" >= ?");
        PreparedStatement owns = c.prepareStatement("select count(*) from events where owns_data = ?");
        PreparedStatement fraction = c.prepareStatement("select count(*) from events where size * 1.5 >= ?")) {
      time.setString(1, "09:41:07");
      assertEquals(1, count(time));
      time.setObject(1, LocalTime.of(9, 41, 8));
      assertEquals(0, count(time));
      time.setTimestamp(1, Timestamp.valueOf("2026-11-27 09:00:00"));
      assertEquals(1, count(time), "a timestamp's time of day");
      SQLException e = assertThrows(SQLException.class, () -> time.setString(1, "9 o'clock"));
      assertEquals("parameter 1 is TIME: '9 o'clock' is not a time of day (HH:MM:SS, as the debug log prints it)",
          e.getMessage());
      assertEquals("22007", e.getSQLState());
      for (Object yes : List.of("true", "T", " yes ", "1", 1, 1L)) {
        owns.setObject(1, yes);
        assertEquals(1, count(owns), String.valueOf(yes));
      }
      owns.setString(1, "off");
      assertEquals(0, count(owns));
      e = assertThrows(SQLException.class, () -> owns.setString(1, "maybe"));
      assertEquals("22018", e.getSQLState());
      fraction.setString(1, "4718592");
      assertEquals(1, count(fraction));
      fraction.setString(1, "4718592.5");
      assertEquals(0, count(fraction));
      e = assertThrows(SQLException.class, () -> fraction.setString(1, "3 MB"));
      assertEquals("parameter 1 is DECIMAL: '3 MB' is not a number", e.getMessage());
    }
  }

  @Test
  void noStatementOrTwoAtOnceSaySo() throws SQLException {
    // Calcite's parser said "Index 0 out of bounds for length 0" for no statement, and listed the
    // fifty tokens it expected after the first ; of two.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first); Statement s = c.createStatement()) {
      for (String empty : List.of("", "   ", ";", "-- hi", "/* only */ ;")) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeQuery(empty), empty);
        assertEquals("no statement: the SQL text is empty or holds only comments", e.getMessage());
        assertEquals("42601", e.getSQLState(), "a syntax error");
        e = assertThrows(SQLException.class, () -> c.prepareStatement(empty), empty);
        assertEquals("no statement: the SQL text is empty or holds only comments", e.getMessage());
      }
      SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select 1; select 2"));
      assertEquals("one statement at a time: the SQL text holds more than one (split it at its ;)", e.getMessage());
      assertEquals(List.of("a;b"), column(c, "select 'a;b' /* ; */ -- ;\n;"), "a ; in a string or a comment is no end");
    }
  }

  @Test
  void aFinalSemicolonIsAccepted() throws SQLException {
    // Saved queries and `ttsql run --sql` end with one, as scripts do.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      assertEquals(List.of("2"), column(c, "select count(*) from events;\n"));
      // Comments after it too, as a script's last line may have; text inside quotes is no comment.
      assertEquals(List.of("2"), column(c, "select count(*) from events; -- done\n/* end */"));
      assertEquals(List.of("a;--"), column(c, "select 'a;--' ; // the end"));
      try (PreparedStatement p = c.prepareStatement("select count(*) from events where device = ? ;")) {
        p.setInt(1, 1);
        try (ResultSet rs = p.executeQuery()) {
          assertTrue(rs.next());
          assertEquals(1, rs.getInt(1));
        }
      }
    }
  }

  @Test
  void stringLiteralsOfDifferentLengthsAreNotPadded() throws SQLException {
    // Calcite's own type system makes them CHAR(9) here, 'new' coming back as 'new      '.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      assertEquals(List.of("[new]", "[unchanged]"), column(c,
          "select '[' || case when device = 0 then 'new' else 'unchanged' end || ']' from events order by device"));
      assertEquals(List.of("a|", "bcd|"), column(c, "select k || '|' from (select 'a' as k union all select 'bcd') order by k"));
      // And they compare as VARCHARs: trailing blanks count, as in DuckDB and PostgreSQL's text.
      assertEquals(List.of("false"), column(c, "select 'a' = 'a  '"));
    }
  }

  @Test
  void linesNotUnderstoodAreTheConnectionsWarnings() throws SQLException {
    // second.log's line 2 is not a log line: the warning the shell prints, here for JDBC clients.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";" + second)) {
      SQLWarning warning = c.getWarnings();
      assertEquals(second + ": 1 line not understood (see parse_errors)", warning.getMessage());
      assertEquals("01000", warning.getSQLState());
      assertNull(warning.getNextWarning());
      c.clearWarnings();
      assertNull(c.getWarnings());
    }
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      assertNull(c.getWarnings());
    }
  }

  @Test
  void warningsNameTheSchemaOfTheParseErrorsAndFilesWithoutEvents() throws Exception {
    // second.log loads as schema b, not the default: its parse errors are in b.parse_errors,
    // which the warning must name. An empty file loads but holds no event, which it also says.
    Path empty = java.nio.file.Files.write(dir.resolve("empty.log"), new byte[0]);
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:a=" + first + ";b=" + second + ";c=" + empty)) {
      assertEquals(List.of(second + ": 1 line not understood (see b.parse_errors)",
          empty + ": no allocations, frees or other events in 0 lines"), warnings(c));
      assertEquals(List.of("1"), column(c, "select count(*) from b.parse_errors"));
    }
  }

  @Test
  void strictFailsOnACompressedLogCutShort() throws Exception {
    // A gzip file cut in its middle: without strict the lines before the cut load with a warning;
    // strict refuses it like an unreadable file (SQLState 58030), since the end of the log is lost.
    byte[] whole;
    try (java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
      for (int i = 0; i < 2000; i++) {
        gzip.write(("✓ [PID 1] Allocated 4096 bytes of L1 on device 0 (buffer_id=" + i + ")\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
      gzip.finish();
      whole = bytes.toByteArray();
    }
    Path cut = java.nio.file.Files.write(dir.resolve("cut.log.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + cut)) {
      assertTrue(c.getWarnings().getMessage().startsWith(cut + ": reading stopped early ("), c.getWarnings().getMessage());
    }
    SQLException strict = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + cut + ";strict=true").close());
    assertTrue(strict.getMessage().startsWith("cannot read log " + cut + ": reading stopped early ("), strict.getMessage());
    assertEquals("58030", strict.getSQLState());
  }

  @Test
  void clientInfoIsNotKeptAndSaysSoAsAWarning() throws SQLException {
    // JDBC: a name the driver does not know makes a warning. Calcite's connection threw an
    // SQLClientInfoException without a message, which database tools meet as they set
    // ApplicationName on connecting.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      c.setClientInfo("ApplicationName", "a database browser");
      Properties more = new Properties();
      more.setProperty("ClientUser", "someone");
      c.setClientInfo(more);
      assertEquals(List.of("client info ApplicationName is not kept: ttsql keeps none",
          "client info ClientUser is not kept: ttsql keeps none"), warnings(c));
      assertEquals(new Properties(), c.getClientInfo());
    }
  }

  @Test
  void commitAndRollbackHaveNothingToDo() throws SQLException {
    // Notebook libraries turn auto-commit off and roll back after a failed query (PEP 249, pandas).
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      c.setAutoCommit(false);
      c.rollback();
      c.commit();
      assertEquals(List.of("2"), column(c, "select count(*) from events"));
    }
  }

  @Test
  void aStatementThatCannotBePreparedSaysWhy() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first)) {
      SQLException e = assertThrows(SQLException.class, () -> c.prepareStatement("select sizee from lifetimes"));
      assertTrue(e.getMessage().contains("Column 'sizee' not found in any table"), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void statementsAndMetadataGiveTheTtsqlConnectionBack(String store) throws SQLException {
    // Frameworks roll back through statement.getConnection(); Calcite's own connection would
    // throw there, without a message.
    Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store);
    try (Statement s = c.createStatement(); PreparedStatement p = c.prepareStatement("select count(*) from events")) {
      assertSame(c, s.getConnection());
      assertSame(c, p.getConnection());
      assertSame(c, c.getMetaData().getConnection());
      s.getConnection().rollback();
      assertEquals(c, c);
      assertEquals(System.identityHashCode(c), c.hashCode());
      assertSame(c, c.unwrap(Connection.class));
    }
    c.close();
    assertTrue(c.isClosed());
    SQLException closed = assertThrows(SQLException.class, c::commit);
    assertEquals("connection is closed", closed.getMessage());
  }

  @Test
  void closingTheConnectionClosesItsStatements() throws SQLException {
    // JDBC closes the statements of a connection with it; Calcite's said they were still open,
    // so a tool that keeps its statements between queries took them for usable.
    Connection c = DriverManager.getConnection("jdbc:ttsql:" + first);
    Statement s = c.createStatement();
    PreparedStatement p = c.prepareStatement("select count(*) from events");
    assertFalse(s.isClosed());
    c.close();
    assertTrue(s.isClosed());
    assertTrue(p.isClosed());
  }

  @Test
  void noResultSetIsLeftAfterGetMoreResults() throws SQLException {
    // JDBC's getResultSet is null when there are no more results; Calcite's gave the result that
    // getMoreResults had closed, so a loop reading results while getResultSet() is not null
    // never ended.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first); Statement s = c.createStatement()) {
      assertTrue(s.execute("select count(*) from events"));
      ResultSet rows = s.getResultSet();
      assertEquals(-1, s.getUpdateCount());
      assertFalse(s.getMoreResults());
      assertTrue(rows.isClosed());
      assertEquals(-1, s.getUpdateCount());
      assertNull(s.getResultSet());
    }
  }

  @Test
  void eachColumnsClassNameIsTheClassOfItsValues() throws SQLException {
    // JDBC: getColumnClassName is the class that getObject gives. Calcite said java.lang.Object
    // for an interval, whose values are a Long count of milliseconds (day to second) or an
    // Integer count of months (year to month), as its driver reads them.
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select seq, device, kind, true as flag, time '10:11:12' as t,"
            + " timestamp '2024-01-02 03:04:05' as ts, interval '90' second as seconds, interval '3' month as months,"
            + " cast(1.5 as double) as ratio, 1.5 as fraction from events limit 1")) {
      assertTrue(rs.next());
      ResultSetMetaData md = rs.getMetaData();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        assertEquals(md.getColumnClassName(i), rs.getObject(i).getClass().getName(), md.getColumnLabel(i));
      }
      assertEquals(90_000L, rs.getObject("seconds"));
      assertEquals(3, rs.getObject("months"));
    }
  }

  @Test
  void metadataNamesTtsql() throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first); Statement s = c.createStatement()) {
      assertEquals("ttsql", s.getConnection().getMetaData().getDatabaseProductName());
      DatabaseMetaData md = c.getMetaData();
      assertEquals("ttsql", md.getDatabaseProductName());
      assertTrue(md.getDatabaseProductVersion().startsWith(Ttsql.VERSION + " (Calcite "), md.getDatabaseProductVersion());
      assertEquals("ttsql JDBC driver", md.getDriverName());
      assertEquals(Ttsql.VERSION, md.getDriverVersion());
      assertEquals(Ttsql.VERSION, md.getDriverMajorVersion() + "." + md.getDriverMinorVersion() + ".0");
      assertSame(c, md.getConnection());
      assertEquals("jdbc:ttsql:" + first, md.getURL()); // Calcite's said jdbc:calcite:
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void metadataListsTtsqlsTablesWithWhatTheyMean(String store) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store)) {
      // Exactly the tables ttsql_tables lists, with its descriptions: on the DuckDB store too,
      // where DuckDB's own catalogue views (duckdb_tables, sqlite_master…) are not ttsql's.
      List<String> expected = column(c, "select table_name || ': ' || description from ttsql_tables order by 1");
      List<String> tables = new java.util.ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, "main", "%", null)) {
        while (rs.next()) {
          tables.add(rs.getString("TABLE_NAME") + ": " + rs.getString("REMARKS"));
        }
      }
      tables.sort(null);
      assertEquals(expected, tables);
      assertTrue(tables.contains("lifetimes: one row per allocation, paired with what ended it"), tables.toString());
      assertThrows(SQLException.class, () -> column(c, "select count(*) from duckdb_tables"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"memory", "duckdb"})
  void metadataColumnsHaveBareTypeNamesAndWhatTheyMean(String store) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first + ";store=" + store)) {
      List<String> expected = column(c, "select column_name || ' ' || data_type || ' ' || description"
          + " from ttsql_columns where table_name = 'lifetimes' order by ordinal_position");
      List<String> columns = new java.util.ArrayList<>();
      try (ResultSet rs = c.getMetaData().getColumns(null, "main", "lifetimes", "%")) {
        while (rs.next()) {
          columns.add(rs.getString("COLUMN_NAME") + " " + rs.getString("TYPE_NAME") + " " + rs.getString("REMARKS"));
          // BIGINT, INTEGER and BOOLEAN have their fixed precision; a VARCHAR has no bound, not 0.
          String size = rs.getString("COLUMN_SIZE");
          switch (rs.getString("TYPE_NAME")) {
            case "BIGINT" -> assertEquals("19", size);
            case "INTEGER" -> assertEquals("10", size);
            case "VARCHAR" -> assertNull(size);
            default -> assertEquals("BOOLEAN", rs.getString("TYPE_NAME"));
          }
        }
      }
      // NOT NULL is in NULLABLE, not in the type's name (Calcite said "BIGINT NOT NULL").
      assertEquals(expected, columns);
      assertEquals("alloc_seq BIGINT seq of the allocation event", columns.get(0));
      assertEquals("end_reason VARCHAR freed, process_exit, end_of_log or server_restart", columns.get(2));
    }
  }

  @Test
  void settingsAreReadInAnyCaseAndStrictTakesOnlyTrueOrFalse() {
    // Strict=true is the strict setting (not a schema named Strict of a file named true).
    SQLException strict = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + second + ";Strict=true").close());
    assertTrue(strict.getMessage().startsWith(second + ":2: "), strict.getMessage());
    SQLException yes = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:" + first + ";strict=yes").close());
    assertEquals("strict=yes: use true or false", yes.getMessage());
    Properties upper = new Properties();
    upper.setProperty("STRICT", "TRUE");
    assertThrows(SQLException.class, () -> DriverManager.getConnection("jdbc:ttsql:" + second, upper).close());
    assertEquals(Ttsql.BAD_REQUEST_STATE, yes.getSQLState());
  }

  @Test
  void aMistypedSettingIsRefusedNotTakenForASchema() {
    // stor=duckdb made a schema stor of the log "duckdb" (cannot read log duckdb), and
    // suppression=FILE loaded the suppressions file as a log, applying none of it.
    for (String entry : List.of("stor=duckdb", "suppression=known.supp", "STRICKT=true")) {
      SQLException e = assertThrows(SQLException.class,
          () -> DriverManager.getConnection("jdbc:ttsql:" + first + ";" + entry).close(), entry);
      assertTrue(e.getMessage().startsWith("no setting " + entry.substring(0, entry.indexOf('=')).toLowerCase(Locale.ROOT)
          + " (did you mean "), e.getMessage());
      assertEquals("08001", e.getSQLState());
    }
    // Schema names far from any setting's still name schemas: state is two edits from store, but
    // two of its five letters is too many changed for a slip of the keyboard.
    assertDoesNotThrow(() -> DriverManager.getConnection("jdbc:ttsql:" + first + ";stacks=" + second + ";a=" + second
        + ";state=" + second).close());
  }

  @Test
  void propertyInfoNeedsNoProperties() throws SQLException {
    // connect takes null properties, and so does getPropertyInfo, which a tool calls to list the
    // settings before it has any (it threw a NullPointerException).
    DriverPropertyInfo[] settings = DriverManager.getDriver("jdbc:ttsql:" + first).getPropertyInfo("jdbc:ttsql:" + first, null);
    assertEquals(List.of("strict", "callsite_skip", "store", "suppressions"),
        java.util.Arrays.stream(settings).map(setting -> setting.name).toList());
    assertEquals("memory", settings[2].value);
  }

  @Test
  void schemaNamesThatDifferOnlyInCaseAreABadRequest() {
    // caseSensitive=false: a and A would be one schema to SQL, and one log would be lost.
    SQLException clash = assertThrows(SQLException.class,
        () -> DriverManager.getConnection("jdbc:ttsql:a=" + first + ";A=" + second).close());
    assertEquals("schema names a and A differ only in case, which SQL does not tell apart", clash.getMessage());
    assertEquals(Ttsql.BAD_REQUEST_STATE, clash.getSQLState());
  }

  private static List<String> warnings(Connection c) throws SQLException {
    List<String> warnings = new java.util.ArrayList<>();
    for (SQLWarning w = c.getWarnings(); w != null; w = w.getNextWarning()) {
      warnings.add(w.getMessage());
    }
    return warnings;
  }

  private static List<String> column(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      List<String> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getString(1));
      }
      return values;
    }
  }

  @Test
  void readsOnlyThePathsItIsGiven() throws Exception {
    // A Calcite model file would make a plain Calcite connection open other files; the ttsql
    // driver never passes the user's properties on to Calcite, so it has no effect.
    Path model = java.nio.file.Files.writeString(dir.resolve("model.json"),
        "{\"version\": \"1.0\", \"defaultSchema\": \"evil\", \"schemas\": [{\"name\": \"evil\", \"type\": \"map\"}]}");
    Properties info = new Properties();
    info.setProperty("model", model.toString());
    try (Connection c = DriverManager.getConnection("jdbc:ttsql:" + first, info)) {
      assertEquals(List.of(first.toString()), column(c, "select file from sources"));
      try (ResultSet schemas = c.getMetaData().getSchemas()) {
        while (schemas.next()) {
          assertTrue(!"evil".equals(schemas.getString(1)), "the model was not read");
        }
      }
    }
  }
}
