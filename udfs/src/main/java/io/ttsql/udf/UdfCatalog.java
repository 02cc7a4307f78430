package io.ttsql.udf;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.schema.SchemaPlus;

/**
 * Every ttsql SQL function, in one list: registration on each schema, the shell's {@code
 * .functions} and the README's table all read it.
 */
public final class UdfCatalog {
  private static final List<Udf> ALL =
      List.of(
          udf("hex", "hex(address bigint) → varchar",
              "an address as the logs print it: hex(101152) = '0x18b20'", AddressFunctions.class, "hex"),
          udf("parse_address", "parse_address(text varchar) → bigint",
              "'0x…' hex or decimal text as an address: parse_address('0x18b20') = 101152",
              AddressFunctions.class, "parseAddress"),
          udf("human_bytes", "human_bytes(bytes bigint) → varchar",
              "a size in binary units, one decimal at most: human_bytes(1572864) = '1.5 MB'",
              SizeFunctions.class, "humanBytes"),
          udf("size_bucket", "size_bucket(bytes bigint) → varchar",
              "the power-of-two range holding a size: size_bucket(6144) = '4 KB – 8 KB'",
              SizeFunctions.class, "sizeBucket"),
          udf("size_bucket_low", "size_bucket_low(bytes bigint) → bigint",
              "the lower end of size_bucket in bytes, for sorting: size_bucket_low(6144) = 4096",
              SizeFunctions.class, "sizeBucketLow"),
          udf("short_function", "short_function(name varchar) → varchar",
              "the last two :: components without template arguments: 'Matmul::create_output_tensors'",
              SymbolFunctions.class, "shortFunction"),
          udf("frame_at", "frame_at(stack_id bigint, n integer) → varchar",
              "the function of frame n of a stack (0: nearest the buffer code), NULL past the last",
              StackFunctions.class, "frameAt"),
          udf("stack_text", "stack_text(stack_id bigint) → varchar",
              "the whole stack, one function per line from frame 0",
              StackFunctions.class, "stackText"),
          udf("stack_contains", "stack_contains(stack_id bigint, pattern varchar) → boolean",
              "whether the function of some frame contains pattern (case-sensitive, no wildcards)",
              StackFunctions.class, "stackContains"));

  private UdfCatalog() {}

  /** The functions, in the order they are listed. */
  public static List<Udf> all() {
    return ALL;
  }

  /**
   * Registers every function on {@code schema}, whose name in the root schema is {@code
   * schemaName}; the stack functions then read that schema's stacks.
   */
  public static void registerAll(SchemaPlus schema, String schemaName) {
    for (Udf udf : ALL) {
      schema.add(udf.name(), udf.function(schemaName));
    }
  }

  private static Udf udf(String name, String signature, String description, Class<?> type, String methodName) {
    Method method = Arrays.stream(type.getMethods())
        .filter(m -> m.getName().equals(methodName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type.getName() + " has no method " + methodName));
    return new Udf(name, signature, description, method);
  }
}
