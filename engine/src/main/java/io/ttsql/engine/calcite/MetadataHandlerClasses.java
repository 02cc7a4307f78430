package io.ttsql.engine.calcite;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.calcite.rel.metadata.BuiltInMetadata;
import org.apache.calcite.rel.metadata.JaninoRelMetadataProvider;
import org.apache.calcite.rel.metadata.MetadataHandler;
import org.apache.calcite.rel.metadata.janino.RelMetadataHandlerGeneratorUtil;
import org.codehaus.commons.compiler.CompileException;
import org.codehaus.janino.SimpleCompiler;

/**
 * A build step, run by Maven once the engine is compiled (see {@code engine/pom.xml}): generates
 * the metadata handler class of each kind of Calcite's built-in metadata with Calcite's own
 * generator and compiler, as Calcite would at run time, and writes the classes and their index
 * into the engine's classes for {@link BuiltMetadataHandlers}.
 */
public final class MetadataHandlerClasses {
  /** The index resource: handler interface name = generated class name, one per line. */
  static final String INDEX = "/io/ttsql/engine/calcite/metadata-handlers.properties";

  private MetadataHandlerClasses() {}

  /** Writes the classes into the class folder {@code args[0]}. */
  public static void main(String[] args) throws IOException, CompileException {
    Path classes = Path.of(args[0]);
    StringBuilder index = new StringBuilder();
    for (Class<? extends MetadataHandler<?>> type : handlerTypes()) {
      var generated = RelMetadataHandlerGeneratorUtil.generateHandler(type, providers(type));
      SimpleCompiler compiler = new SimpleCompiler();
      compiler.setParentClassLoader(MetadataHandlerClasses.class.getClassLoader());
      compiler.cook(generated.getHandlerName(), new StringReader(generated.getGeneratedCode()));
      for (Map.Entry<String, byte[]> compiled : compiler.getBytecodes().entrySet()) {
        Path file = classes.resolve(compiled.getKey().replace('.', '/') + ".class");
        Files.createDirectories(file.getParent());
        Files.write(file, compiled.getValue());
      }
      index.append(type.getName()).append('=').append(generated.getHandlerName()).append('\n');
    }
    Path indexFile = classes.resolve(INDEX.substring(1));
    Files.createDirectories(indexFile.getParent());
    Files.writeString(indexFile, index, StandardCharsets.ISO_8859_1);
  }

  /** The handler interfaces of Calcite's built-in metadata ({@code BuiltInMetadata.*.Handler}) that have handlers. */
  static List<Class<? extends MetadataHandler<?>>> handlerTypes() {
    List<Class<? extends MetadataHandler<?>>> types = new ArrayList<>();
    for (Class<?> metadata : BuiltInMetadata.class.getDeclaredClasses()) {
      for (Class<?> nested : metadata.getDeclaredClasses()) {
        if (nested.getSimpleName().equals("Handler") && MetadataHandler.class.isAssignableFrom(nested)) {
          @SuppressWarnings("unchecked")
          Class<? extends MetadataHandler<?>> type = (Class<? extends MetadataHandler<?>>) nested;
          if (!providers(type).isEmpty()) {
            types.add(type);
          }
        }
      }
    }
    return types;
  }

  /** The distinct objects that answer {@code type}'s metadata, in Calcite's order: the generated class's constructor arguments. */
  static List<MetadataHandler<?>> providers(Class<? extends MetadataHandler<?>> type) {
    return JaninoRelMetadataProvider.DEFAULT.handlers(type).stream().distinct().toList();
  }
}
