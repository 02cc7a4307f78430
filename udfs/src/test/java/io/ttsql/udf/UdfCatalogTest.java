package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog: the functions the issue names, signatures that match their methods, and the README table. */
class UdfCatalogTest {
  private static final Map<Class<?>, String> SQL_TYPES =
      Map.of(Long.class, "bigint", Integer.class, "integer", String.class, "varchar", Boolean.class, "boolean");
  private static final Pattern SIGNATURE = Pattern.compile("([a-z_]+)\\((.*)\\) → ([a-z]+)");

  @Test
  void listsTheFunctionsOfTheIssue() {
    assertEquals(
        List.of("hex", "parse_address", "human_bytes", "size_bucket", "size_bucket_low", "short_function",
            "frame_at", "stack_text", "stack_contains"),
        UdfCatalog.all().stream().map(Udf::name).toList());
  }

  @Test
  void signaturesMatchTheMethods() {
    for (Udf udf : UdfCatalog.all()) {
      Matcher m = SIGNATURE.matcher(udf.signature());
      assertTrue(m.matches(), udf.signature());
      List<Class<?>> sqlParameters = Arrays.asList(udf.method().getParameterTypes());
      if (udf.schemaBound()) {
        sqlParameters = sqlParameters.subList(2, sqlParameters.size());
      }
      List<String> declared = new ArrayList<>();
      for (String parameter : m.group(2).split(", ")) {
        declared.add(parameter.substring(parameter.indexOf(' ') + 1));
      }
      assertEquals(sqlParameters.stream().map(SQL_TYPES::get).toList(), declared, udf.signature());
      assertEquals(SQL_TYPES.get(udf.method().getReturnType()), m.group(3), udf.signature());
    }
  }

  @Test
  void onlyTheStackFunctionsAreBoundToASchema() {
    List<String> bound = UdfCatalog.all().stream().filter(Udf::schemaBound).map(Udf::name).toList();
    assertEquals(List.of("frame_at", "stack_text", "stack_contains"), bound);
  }

  @Test
  void readmeTableListsEveryFunction() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    StringBuilder table = new StringBuilder("| function | returns |\n|---|---|\n");
    for (Udf udf : UdfCatalog.all()) {
      table.append(String.format(Locale.ROOT, "| `%s` | %s |\n", udf.signature(), udf.description()));
    }
    assertTrue(readme.contains(table), "README.md must hold this table, generated from UdfCatalog:\n" + table);
  }
}
