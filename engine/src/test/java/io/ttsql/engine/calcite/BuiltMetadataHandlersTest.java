package io.ttsql.engine.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;
import org.junit.jupiter.api.Test;

/**
 * The build compiled a metadata handler for every kind of Calcite's built-in metadata, and the
 * provider hands out those classes, loaded from the engine's classes, not ones Calcite compiles at
 * run time: each is the class Calcite itself would generate, by name, with the same interface.
 * (Every query of the other tests plans with them.)
 */
class BuiltMetadataHandlersTest {
  @Test
  void everyKindOfMetadataHasItsBuiltHandler() {
    assertTrue(MetadataHandlerClasses.handlerTypes().size() >= 20, "kinds: " + MetadataHandlerClasses.handlerTypes());
    for (Class<? extends MetadataHandler<?>> type : MetadataHandlerClasses.handlerTypes()) {
      MetadataHandler<?> built = BuiltMetadataHandlers.INSTANCE.handler(type);
      String generated = RelMetadataHandlerGeneratorUtil.generateHandler(type, MetadataHandlerClasses.providers(type))
          .getHandlerName();
      assertTrue(type.isInstance(built), type.getName());
      assertEquals(generated, built.getClass().getName());
      assertEquals(BuiltMetadataHandlers.class.getClassLoader(), built.getClass().getClassLoader(), type.getName());
    }
  }

  @Test
  void handsOutOneHandlerPerKind() {
    Class<BuiltInMetadata.RowCount.Handler> rowCount = BuiltInMetadata.RowCount.Handler.class;
    assertTrue(BuiltMetadataHandlers.INSTANCE.handler(rowCount) == BuiltMetadataHandlers.INSTANCE.handler(rowCount));
  }
}
