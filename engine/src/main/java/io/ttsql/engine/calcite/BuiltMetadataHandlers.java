package io.ttsql.engine.calcite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.MetadataHandlerProvider;

/**
 * Calcite's metadata handlers as compiled when ttsql was built, rather than each time it starts:
 * Calcite generates and compiles one class per kind of metadata the first time a planner asks
 * for it, about 0.2 s before a first query. ttsql's build runs the same generator and compiler
 * ({@link MetadataHandlerClasses}); this provider loads their output and falls back to Calcite's
 * own compiler for a kind the build did not cover.
 */
final class BuiltMetadataHandlers implements MetadataHandlerProvider {
  static final BuiltMetadataHandlers INSTANCE = new BuiltMetadataHandlers();

  private final Properties classNames = new Properties();
  private final ConcurrentMap<Class<?>, MetadataHandler<?>> handlers = new ConcurrentHashMap<>();

  private BuiltMetadataHandlers() {
    try (InputStream in = BuiltMetadataHandlers.class.getResourceAsStream(MetadataHandlerClasses.INDEX)) {
      if (in != null) {
        classNames.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public <MH extends MetadataHandler<?>> MH handler(Class<MH> handlerClass) {
    return handlerClass.cast(handlers.computeIfAbsent(handlerClass, this::load));
  }

  @Override
  public <MH extends MetadataHandler<?>> MH revise(Class<MH> handlerClass) {
    return JaninoRelMetadataProvider.DEFAULT.revise(handlerClass);
  }

  private MetadataHandler<?> load(Class<?> handlerClass) {
    String className = classNames.getProperty(handlerClass.getName());
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<? extends MetadataHandler<?>> type = (Class) handlerClass;
    if (className == null) {
      return JaninoRelMetadataProvider.DEFAULT.handler(type);
    }
    try {
      Class<?> built = Class.forName(className, true, BuiltMetadataHandlers.class.getClassLoader());
      return (MetadataHandler<?>) built.getConstructors()[0].newInstance(MetadataHandlerClasses.providers(type).toArray());
    } catch (ClassNotFoundException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot load the built metadata handler " + className, e);
    }
  }
}
