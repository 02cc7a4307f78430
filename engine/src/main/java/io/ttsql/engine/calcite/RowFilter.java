package io.ttsql.engine.calcite;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The part of a query's WHERE clause that a table evaluates itself, on its columns, before any row
 * is built: comparisons of a column with a literal, {@code IS [NOT] NULL}, {@code IN} lists and
 * ranges, BOOLEAN columns and their NOT, IS [NOT] TRUE and IS [NOT] FALSE, and AND and OR of
 * those. A NULL compares false, which AND and OR keep right; NOT of anything but a column is left
 * to Calcite, for its three-valued logic. Conditions it takes are removed from the list Calcite
 * passes; the rest Calcite applies as usual.
 */
final class RowFilter {
  private RowFilter() {}

  /** Tests one row. */
  @FunctionalInterface
  interface Predicate<D> {
    boolean test(D data, int row);
  }

  /**
   * Takes the conditions it can evaluate out of {@code filters}.
   *
   * @return a predicate over the rows, or null if it took none
   */
  static <D> Predicate<D> take(List<RexNode> filters, List<Column<D>> columns, RexBuilder rexBuilder) {
    List<Predicate<D>> taken = new ArrayList<>();
    for (Iterator<RexNode> it = filters.iterator(); it.hasNext(); ) {
      Predicate<D> p = new RowFilter.Translator<>(columns, rexBuilder).translate(it.next());
      if (p != null) {
        taken.add(p);
        it.remove();
      }
    }
    return taken.isEmpty() ? null : all(taken);
  }

  /** Whether this class evaluates every one of {@code filters} (a plan may then leave them all to the table). */
  static <D> boolean takesAll(List<RexNode> filters, List<Column<D>> columns, RexBuilder rexBuilder) {
    List<RexNode> left = new ArrayList<>(filters);
    take(left, columns, rexBuilder);
    return left.isEmpty();
  }

  /** Fails if {@code left}, the conditions not taken, is not empty: a plan left them all to the table. */
  static void requireNone(List<RexNode> left) {
    if (!left.isEmpty()) {
      throw new IllegalStateException("conditions the table cannot evaluate: " + left);
    }
  }

  private static <D> Predicate<D> all(List<Predicate<D>> parts) {
    @SuppressWarnings("unchecked")
    Predicate<D>[] array = parts.toArray(Predicate[]::new);
    return (d, row) -> {
      for (Predicate<D> p : array) {
        if (!p.test(d, row)) {
          return false;
        }
      }
      return true;
    };
  }

  /** Translates the conditions of one scan over {@code columns}. */
  private static final class Translator<D> {
    private final List<Column<D>> columns;
    private final RexBuilder rexBuilder;

    Translator(List<Column<D>> columns, RexBuilder rexBuilder) {
      this.columns = columns;
      this.rexBuilder = rexBuilder;
    }

    /** A predicate for {@code node}, or null if it is not a shape this class evaluates. */
    Predicate<D> translate(RexNode node) {
      if (node.getKind() == SqlKind.SEARCH) {
        return translate(RexUtil.expandSearch(rexBuilder, null, node));
      }
      if (node instanceof RexInputRef) {
        return flag(node, Boolean.TRUE, true);
      }
      if (!(node instanceof RexCall call)) {
        return null;
      }
      List<RexNode> operands = call.getOperands();
      switch (node.getKind()) {
        case AND, OR -> {
          List<Predicate<D>> parts = new ArrayList<>();
          for (RexNode operand : operands) {
            Predicate<D> p = translate(operand);
            if (p == null) {
              return null;
            }
            parts.add(p);
          }
          if (node.getKind() == SqlKind.AND) {
            return all(parts);
          }
          @SuppressWarnings("unchecked")
          Predicate<D>[] any = parts.toArray(Predicate[]::new);
          return (d, row) -> {
            for (Predicate<D> p : any) {
              if (p.test(d, row)) {
                return true;
              }
            }
            return false;
          };
        }
        case NOT, IS_FALSE -> {
          return flag(operands.get(0), Boolean.FALSE, true);
        }
        case IS_TRUE -> {
          return flag(operands.get(0), Boolean.TRUE, true);
        }
        case IS_NOT_TRUE -> {
          return flag(operands.get(0), Boolean.TRUE, false);
        }
        case IS_NOT_FALSE -> {
          return flag(operands.get(0), Boolean.FALSE, false);
        }
        case IS_NULL, IS_NOT_NULL -> {
          Column.ValueReader<D> reader = reader(operands.get(0));
          if (reader == null) {
            return null;
          }
          boolean wantNull = node.getKind() == SqlKind.IS_NULL;
          return (d, row) -> (reader.read(d, row) == null) == wantNull;
        }
        case EQUALS, NOT_EQUALS, LESS_THAN, LESS_THAN_OR_EQUAL, GREATER_THAN, GREATER_THAN_OR_EQUAL -> {
          return comparison(call);
        }
        default -> {
          return null;
        }
      }
    }

    private Predicate<D> comparison(RexCall call) {
      RexNode left = call.getOperands().get(0);
      RexNode right = call.getOperands().get(1);
      SqlKind kind = call.getKind();
      if (left instanceof RexLiteral && right instanceof RexInputRef) {
        return comparison(right, left, kind.reverse());
      }
      return comparison(left, right, kind);
    }

    private Predicate<D> comparison(RexNode ref, RexNode literal, SqlKind kind) {
      Column.ValueReader<D> reader = reader(ref);
      if (reader == null || !(literal instanceof RexLiteral lit)) {
        return null;
      }
      Object constant = value(lit, columns.get(((RexInputRef) ref).getIndex()));
      if (constant == null) {
        return null;
      }
      if (kind == SqlKind.EQUALS || kind == SqlKind.NOT_EQUALS) {
        boolean equal = kind == SqlKind.EQUALS;
        return (d, row) -> {
          Object v = reader.read(d, row);
          return v != null && sameValue(v, constant) == equal;
        };
      }
      return (d, row) -> {
        Object v = reader.read(d, row);
        return v != null && holds(kind, compare(v, constant));
      };
    }

    /**
     * A test of a BOOLEAN column against {@code value}: rows where it is {@code value} when {@code
     * equal}, else rows where it is not {@code value} (NULL included, as IS NOT TRUE/FALSE do).
     * NOT of a column is "is false": a NULL row is left out, as SQL leaves it out.
     */
    private Predicate<D> flag(RexNode node, Boolean value, boolean equal) {
      Column.ValueReader<D> reader = reader(node);
      if (reader == null || columns.get(((RexInputRef) node).getIndex()).type() != SqlTypeName.BOOLEAN) {
        return null;
      }
      return (d, row) -> value.equals(reader.read(d, row)) == equal;
    }

    private Column.ValueReader<D> reader(RexNode node) {
      return node instanceof RexInputRef ref ? columns.get(ref.getIndex()).reader() : null;
    }
  }

  /** The literal as the column's Java type, or null when the two cannot be compared here. */
  private static Object value(RexLiteral literal, Column<?> column) {
    if (literal.isNull()) {
      return null;
    }
    return switch (column.type()) {
      case BIGINT, INTEGER -> {
        BigDecimal n = literal.getValueAs(BigDecimal.class);
        yield n == null || n.scale() > 0 && n.stripTrailingZeros().scale() > 0 ? null : n.longValueExact();
      }
      case VARCHAR -> literal.getValueAs(String.class);
      case BOOLEAN -> literal.getValueAs(Boolean.class);
      default -> null;
    };
  }

  /** Equality without ordering: the strings of enum-like columns are shared constants, so mostly a reference test. */
  private static boolean sameValue(Object value, Object constant) {
    if (value instanceof Number n) {
      return n.longValue() == (Long) constant;
    }
    return value == constant || value.equals(constant);
  }

  private static int compare(Object value, Object constant) {
    if (value instanceof Number n) {
      return Long.compare(n.longValue(), (Long) constant);
    }
    if (value instanceof String s) {
      return s.compareTo((String) constant);
    }
    return Boolean.compare((Boolean) value, (Boolean) constant);
  }

  private static boolean holds(SqlKind kind, int comparison) {
    return switch (kind) {
      case LESS_THAN -> comparison < 0;
      case LESS_THAN_OR_EQUAL -> comparison <= 0;
      case GREATER_THAN -> comparison > 0;
      default -> comparison >= 0;
    };
  }
}
