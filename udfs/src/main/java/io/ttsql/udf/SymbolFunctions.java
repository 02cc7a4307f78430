package io.ttsql.udf;

import java.util.ArrayList;
import java.util.List;

/** SQL function {@code short_function}: a C++ function name cut to what fits in a table cell. */
public final class SymbolFunctions {
  private static final String CALL_OPERATOR = "operator()";

  private SymbolFunctions() {}

  /**
   * {@code short_function(varchar)}: the last two {@code ::} components of a function name (or
   * of a whole symbol, whose parameter list and return type are dropped first, see {@link
   * FunctionNames}) without template arguments: {@code
   * ttnn::operations::matmul::Matmul::create_output_tensors} gives {@code
   * Matmul::create_output_tensors}, {@code ns::Pool<int, 4>::get} gives {@code Pool::get}.
   */
  public static String shortFunction(String name) {
    if (name == null) {
      return null;
    }
    List<String> parts = topLevelComponents(FunctionNames.function(name));
    List<String> last = parts.subList(Math.max(0, parts.size() - 2), parts.size());
    List<String> shortened = new ArrayList<>();
    for (String part : last) {
      shortened.add(withoutTemplateArguments(part));
    }
    return String.join("::", shortened);
  }

  /**
   * Splits at {@code ::} outside brackets, so {@code a<b::c>::d} gives {@code a<b::c>} and {@code
   * d}. Inside parentheses, square brackets or braces, {@code <} and {@code >} are operators, as in
   * the template argument {@code (1>2)}, not brackets.
   */
  private static List<String> topLevelComponents(String name) {
    List<String> parts = new ArrayList<>();
    int angles = 0;
    int others = 0;
    int start = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (others == 0 && c == '<') {
        angles++;
      } else if (others == 0 && c == '>' && angles > 0) {
        angles--;
      } else if (c == ':' && angles == 0 && others == 0 && name.startsWith("::", i)) {
        parts.add(name.substring(start, i));
        start = i + 2;
        i++;
      } else {
        others = Math.max(0, others + nesting(c));
      }
    }
    parts.add(name.substring(start));
    return parts;
  }

  /** +1 for an opening parenthesis, square bracket or brace, -1 for a closing one, else 0. */
  private static int nesting(char c) {
    return switch (c) {
      case '(', '[', '{' -> 1;
      case ')', ']', '}' -> -1;
      default -> 0;
    };
  }

  /**
   * Drops every balanced {@code <…>} group; operator names ({@code operator<}) stay as they are,
   * but for the template arguments after the call operator ({@code operator()<int>}).
   */
  private static String withoutTemplateArguments(String part) {
    if (part.startsWith(CALL_OPERATOR)) {
      return CALL_OPERATOR + withoutAngleGroups(part.substring(CALL_OPERATOR.length()));
    }
    return part.startsWith("operator") ? part : withoutAngleGroups(part);
  }

  /**
   * {@code part} without its balanced {@code <…>} groups (whose {@code <} and {@code >} inside
   * parentheses and other brackets are operators), or as it is when they do not balance.
   */
  private static String withoutAngleGroups(String part) {
    StringBuilder out = new StringBuilder();
    int angles = 0;
    int others = 0;
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (others == 0 && c == '<') {
        angles++;
      } else if (others == 0 && c == '>' && angles > 0) {
        angles--;
      } else {
        others = Math.max(0, others + nesting(c));
        if (angles == 0) {
          out.append(c);
        }
      }
    }
    return angles == 0 ? out.toString() : part;
  }
}
