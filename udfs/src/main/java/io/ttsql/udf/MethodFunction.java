package io.ttsql.udf;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.CallImplementor;
import org.apache.calcite.adapter.enumerable.EnumUtils;
import org.apache.calcite.adapter.enumerable.NullPolicy;
import org.apache.calcite.adapter.enumerable.RexImpTable;
import org.apache.calcite.linq4j.tree.Expression;
import org.apache.calcite.linq4j.tree.Expressions;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.schema.FunctionParameter;
import org.apache.calcite.schema.ImplementableFunction;
import org.apache.calcite.schema.ScalarFunction;
import org.apache.calcite.schema.impl.ReflectiveFunctionBase;

/**
 * A scalar SQL function implemented by a public static method whose boxed parameters take the SQL
 * arguments, NULL included, each converted to the parameter's type (an INTEGER argument reaches a
 * {@code Long}). When bound to a schema, the method first takes a {@link DataContext} and a
 * schema name, and the generated call passes the running query's data context and the name of
 * the schema the function is registered in: so a function reaches its schema's trace without any
 * global registry.
 */
final class MethodFunction implements ScalarFunction, ImplementableFunction {
  private final Method method;
  private final List<FunctionParameter> parameters;
  private final CallImplementor implementor;

  /**
   * @param method the implementation
   * @param schemaName the schema the function is registered in when the method starts with
   *     {@code (DataContext, String)}, else null
   */
  MethodFunction(Method method, String schemaName) {
    int hidden = schemaName == null ? 0 : 2;
    Class<?>[] types = method.getParameterTypes();
    if (!Modifier.isStatic(method.getModifiers())
        || (hidden == 2 && (types.length < 2 || types[0] != DataContext.class || types[1] != String.class))) {
      throw new IllegalArgumentException(method + " is not static or does not take (DataContext, String) first");
    }
    this.method = method;
    ReflectiveFunctionBase.ParameterListBuilder builder = ReflectiveFunctionBase.builder();
    Parameter[] declared = method.getParameters();
    for (int i = hidden; i < declared.length; i++) {
      builder.add(declared[i].getType(), declared[i].getName());
    }
    this.parameters = builder.build();
    this.implementor = RexImpTable.createImplementor((translator, call, operands) -> {
      List<Expression> arguments = new ArrayList<>();
      if (schemaName != null) {
        arguments.add(translator.getRoot());
        arguments.add(Expressions.constant(schemaName));
      }
      for (int i = 0; i < operands.size(); i++) {
        arguments.add(EnumUtils.convert(operands.get(i), types[hidden + i]));
      }
      return Expressions.call(method, arguments);
    }, NullPolicy.NONE, false);
  }

  @Override
  public List<FunctionParameter> getParameters() {
    return parameters;
  }

  @Override
  public RelDataType getReturnType(RelDataTypeFactory typeFactory) {
    return typeFactory.createJavaType(method.getReturnType());
  }

  @Override
  public CallImplementor getImplementor() {
    return implementor;
  }
}
