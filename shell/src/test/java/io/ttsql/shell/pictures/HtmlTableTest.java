package io.ttsql.shell.pictures;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ttsql.engine.testing.QueryFixture;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The report's tables show values as the shell's tables do. */
class HtmlTableTest {
  @Test
  void showsAddressesInHexAndCountsWithSeparators() throws Exception {
    // bytes 4096 is a whole number, so it gets a thousands separator; address 4096 is 0x1000, as the logs print it.
    try (QueryFixture q = QueryFixture.open("sample:tt_buffer_debug.log");
        Statement s = q.connection().createStatement();
        ResultSet rows = s.executeQuery("select cast(4096 as bigint) as address, cast(4096 as bigint) as bytes,"
            + " cast(null as bigint) as buffer_ptr")) {
      String html = HtmlTable.of(rows, 10, "");
      assertTrue(html.contains("<td class=\"number c-address\">0x1000</td>"), html);
      assertTrue(html.contains("<td class=\"number c-bytes\">4,096</td>"), html);
      assertTrue(html.contains("<td class=\"null c-buffer_ptr\">NULL</td>"), html);
      assertTrue(html.contains("<th class=\"number\">address</th>"), html);
    }
  }
}
