package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.junit.jupiter.api.Test;

/**
 * A derived table starts computing its rows on another thread as soon as Calcite asks for its row
 * type (which it does when a query names the table, before planning); a plain table computes
 * nothing until it is scanned.
 */
class DerivedTablesTest {
  private static final List<Column<Object>> COLUMNS = List.of(Column.integer("x", false, "a number", (d, row) -> row));

  @Test
  void namingADerivedTableStartsItsPassInTheBackground() throws InterruptedException {
    CountDownLatch derived = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    AtomicInteger onCaller = new AtomicInteger();
    ColumnarTable<Object> table = ColumnarTable.derived("t", "rows from a pass", COLUMNS, new Object(), d -> {
      if (Thread.currentThread() == caller) {
        onCaller.incrementAndGet();
      }
      derived.countDown();
      return 3;
    });

    table.getRowType(new JavaTypeFactoryImpl());

    assertTrue(derived.await(30, TimeUnit.SECONDS), "the pass ran");
    assertEquals(0, onCaller.get(), "not on the planning thread");
  }

  @Test
  void namingAPlainTableComputesNothing() {
    AtomicInteger counted = new AtomicInteger();
    ColumnarTable<Object> table = new ColumnarTable<>("t", "plain rows", COLUMNS, new Object(), d -> counted.incrementAndGet());

    table.getRowType(new JavaTypeFactoryImpl());

    assertEquals(0, counted.get());
    assertEquals(1, table.rowCount());
  }
}
