package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.java.JavaTypeFactory;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.linq4j.QueryProvider;
import org.apache.calcite.schema.SchemaPlus;
import org.apache.calcite.schema.impl.AbstractSchema;
import org.junit.jupiter.api.Test;

/** The stack functions over stand-in schemas: each reads the stacks of the schema it names. */
class StackFunctionsTest {
  /** A schema whose stack 0 has the given frames as (module, function) pairs; no other stack. */
  private static final class FakeStacks extends AbstractSchema implements StackSource {
    private final List<String[]> frames;

    FakeStacks(List<String[]> frames) {
      this.frames = frames;
    }

    @Override
    public int frameCount(long stackId) {
      return stackId == 0 ? frames.size() : 0;
    }

    @Override
    public String function(long stackId, int depth) {
      return frames.get(depth)[1];
    }

    @Override
    public String module(long stackId, int depth) {
      return frames.get(depth)[0];
    }
  }

  private final DataContext root = contextWith(
      "main", new FakeStacks(List.of(
          new String[] {"libtt_metal.so", "tt::tt_metal::Buffer::create"},
          new String[] {"_ttnn.so", ""},
          new String[] {null, "[0x7f2c19a3e1b4]"})),
      "other", new FakeStacks(List.<String[]>of(new String[] {"python3", "_PyEval_EvalFrameDefault"})));

  @Test
  void frameAtReadsTheNamedSchemasFrame() {
    assertEquals("tt::tt_metal::Buffer::create", StackFunctions.frameAt(root, "main", 0L, 0));
    assertEquals("", StackFunctions.frameAt(root, "main", 0L, 1));
    assertEquals("_PyEval_EvalFrameDefault", StackFunctions.frameAt(root, "other", 0L, 0));
    assertNull(StackFunctions.frameAt(root, "main", 0L, 3));
    assertNull(StackFunctions.frameAt(root, "main", 0L, -1));
    assertNull(StackFunctions.frameAt(root, "main", 1L, 0));
    assertNull(StackFunctions.frameAt(root, "main", null, 0));
    assertNull(StackFunctions.frameAt(root, "main", 0L, null));
  }

  @Test
  void stackTextShowsModulesForHiddenSymbols() {
    // Frame 1 has an empty function: its module stands in; frame 2 is a raw address frame.
    assertEquals("tt::tt_metal::Buffer::create\n_ttnn.so\n[0x7f2c19a3e1b4]", StackFunctions.stackText(root, "main", 0L));
    assertEquals("_PyEval_EvalFrameDefault", StackFunctions.stackText(root, "other", 0L));
    assertNull(StackFunctions.stackText(root, "main", 5L));
    assertNull(StackFunctions.stackText(root, "main", null));
  }

  @Test
  void stackContainsMatchesPlainSubstringsOfFunctions() {
    assertTrue(StackFunctions.stackContains(root, "main", 0L, "Buffer::"));
    assertTrue(StackFunctions.stackContains(root, "main", 0L, ""));
    assertFalse(StackFunctions.stackContains(root, "main", 0L, "buffer::"));
    assertFalse(StackFunctions.stackContains(root, "main", 0L, "_ttnn.so"));
    assertFalse(StackFunctions.stackContains(root, "main", 0L, "Buffer%"));
    assertNull(StackFunctions.stackContains(root, "main", 2L, "Buffer"));
    assertNull(StackFunctions.stackContains(root, "main", null, "Buffer"));
    assertNull(StackFunctions.stackContains(root, "main", 0L, null));
  }

  @Test
  void aSchemaWithoutStacksIsAnError() {
    DataContext plain = contextWith("main", new AbstractSchema(), "other", new AbstractSchema());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> StackFunctions.frameAt(plain, "main", 0L, 0));
    assertEquals("stack functions: schema main holds no call stacks", e.getMessage());
    e = assertThrows(IllegalStateException.class, () -> StackFunctions.stackText(root, "gone", 0L));
    assertEquals("stack functions: no schema gone in this connection", e.getMessage());
  }

  private static DataContext contextWith(String name1, AbstractSchema schema1, String name2, AbstractSchema schema2) {
    SchemaPlus rootSchema = CalciteSchema.createRootSchema(false, false).plus();
    rootSchema.add(name1, schema1);
    rootSchema.add(name2, schema2);
    return new DataContext() {
      @Override
      public SchemaPlus getRootSchema() {
        return rootSchema;
      }

      @Override
      public JavaTypeFactory getTypeFactory() {
        throw new UnsupportedOperationException();
      }

      @Override
      public QueryProvider getQueryProvider() {
        throw new UnsupportedOperationException();
      }

      @Override
      public Object get(String name) {
        return null;
      }
    };
  }
}
