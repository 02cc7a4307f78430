package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code short_function}, and the {@link FunctionNames} it builds on. */
class SymbolFunctionsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ttnn::operations::matmul::Matmul::create_output_tensors                        | Matmul::create_output_tensors
      ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<int> const&) const | Matmul::create_output_tensors
      tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long)             | Buffer::create
      ns::Pool<int, 4>::get                                                          | Pool::get
      ttnn::operations::binary::BinaryOperation<(ttnn::operations::binary::BinaryOpType)0>::invoke | BinaryOperation::invoke
      void ttnn::device_operation::launch<ttnn::Op>(ttnn::Op const&)                 | device_operation::launch
      (anonymous namespace)::helper::run                                             | helper::run
      _PyEval_EvalFrameDefault                                                       | _PyEval_EvalFrameDefault
      [0x7f2c19a3e1b4]                                                               | [0x7f2c19a3e1b4]
      std::vector<int>::operator<                                                    | vector::operator<
      ns::Lambda::operator()                                                         | Lambda::operator()
      ttnn::registered_operation_t<ttnn::Op>::operator()<ttnn::Tensor const&>(ttnn::Tensor const&) const | registered_operation_t::operator()
      my_operator(int)                                                               | my_operator
      ttnn::A<(1>2)>::f                                                              | A::f
      ns::B<(1<2), 3>::Inner::g                                                      | Inner::g
      ns::C<(1<2)>::g                                                                | C::g
      Buffer::create                                                                 | Buffer::create
      """)
  void shortFunctionKeepsTheLastTwoComponentsWithoutTemplateArguments(String name, String expected) {
    assertEquals(expected, SymbolFunctions.shortFunction(name));
  }

  @Test
  void shortFunctionOfNullOrEmptyText() {
    assertNull(SymbolFunctions.shortFunction(null));
    assertEquals("", SymbolFunctions.shortFunction(""));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      ns::Op::run(int) const                                        | ns::Op::run
      tt::tt_metal::Buffer::deallocate()                            | tt::tt_metal::Buffer::deallocate
      void ns::f<int>(int)                                          | ns::f<int>
      std::string ns::name[abi:cxx11]() const                       | ns::name
      python3_func                                                  | python3_func
      """)
  void functionDropsParametersQualifiersAndReturnType(String symbol, String expected) {
    assertEquals(expected, FunctionNames.function(symbol));
  }
}
