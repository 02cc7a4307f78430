package io.ttsql.udf;

/**
 * Turns a demangled C++ symbol into its function name: the parameter list, trailing qualifiers
 * ({@code const}, {@code &}, {@code [abi:cxx11]}, GCC's {@code [clone .cold]}…) and a template
 * function's return type are dropped, so {@code ns::Op::run(int) const} becomes {@code ns::Op::run}.
 */
public final class FunctionNames {
  private static final String[] TRAILING_QUALIFIERS = {
    " const", " volatile", " &&", " &", " noexcept", "[abi:cxx11]"
  };
  private static final String OPERATOR = "operator";
  /** Opens the suffix GCC gives outlined or specialised copies: {@code f(int) [clone .cold]}. */
  private static final String CLONE = " [clone ";

  private FunctionNames() {}

  /** The function name of {@code symbol}; C names and raw frames come back unchanged. */
  public static String function(String symbol) {
    String s = stripQualifiers(symbol.strip());
    if (s.endsWith(")")) {
      int open = matchingOpen(s, s.length() - 1);
      if (open > 0 && !followsOperator(s, open)) {
        s = stripQualifiers(s.substring(0, open));
      }
    }
    return dropReturnType(s);
  }

  /**
   * Whether the {@code (} at {@code open} follows the word {@code operator}: the call operator's
   * own parentheses ({@code Op::operator()}, a function name already), not a parameter list.
   */
  private static boolean followsOperator(String s, int open) {
    if (open < OPERATOR.length() || !s.startsWith(OPERATOR, open - OPERATOR.length())) {
      return false;
    }
    int before = open - OPERATOR.length() - 1;
    return before < 0 || !isAsciiWordPart(s.charAt(before));
  }

  private static boolean isAsciiWordPart(char c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * {@code s} without its trailing qualifiers, found by moving the end back: cutting a copy per
   * qualifier took time quadratic in the length of a symbol of many of them.
   */
  private static String stripQualifiers(String s) {
    int end = s.length();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String q : TRAILING_QUALIFIERS) {
        if (end >= q.length() && s.startsWith(q, end - q.length())) {
          end -= q.length();
          changed = true;
        }
      }
      int clone = cloneSuffix(s, end);
      if (clone >= 0) {
        end = clone;
        changed = true;
      }
    }
    return s.substring(0, end);
  }

  /**
   * Where the {@code [clone …]} suffix of {@code s[0, end)} starts, or -1: the last {@link #CLONE}
   * after which the only {@code ]} is the one at {@code end - 1}. Only the text after the
   * {@code ]} before that one is searched.
   */
  private static int cloneSuffix(String s, int end) {
    if (end == 0 || s.charAt(end - 1) != ']') {
      return -1;
    }
    int from = s.lastIndexOf(']', end - 2) + 1;
    for (int i = end - 1 - CLONE.length(); i >= from; i--) {
      if (s.startsWith(CLONE, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Index of the {@code (} that opens the group closed at {@code close}, or -1. */
  private static int matchingOpen(String s, int close) {
    int depth = 0;
    for (int i = close; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Drops {@code void } from {@code void ns::f<int>}: the text before the last top-level space
   * ahead of the name. From the word {@code operator} on, the text is the operator's name, whose
   * spaces are its own: {@code operator new}, {@code operator unsigned long}, {@code operator char const*}.
   */
  private static String dropReturnType(String s) {
    int depth = 0;
    int lastSpace = -1;
    for (int i = 0; i < s.length() && !(depth == 0 && isOperatorWord(s, i)); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == '>' || c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ' ' && depth == 0) {
        lastSpace = i;
      }
    }
    return lastSpace < 0 ? s : s.substring(lastSpace + 1);
  }

  /** Whether the word {@code operator}, not part of a longer name such as {@code my_operator}, starts at {@code i}. */
  private static boolean isOperatorWord(String s, int i) {
    int end = i + OPERATOR.length();
    return s.startsWith(OPERATOR, i) && (i == 0 || !isAsciiWordPart(s.charAt(i - 1)))
        && (end == s.length() || !isAsciiWordPart(s.charAt(end)));
  }
}
