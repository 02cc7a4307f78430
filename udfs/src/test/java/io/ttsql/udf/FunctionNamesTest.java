package io.ttsql.udf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * {@link FunctionNames#function} on demangled symbols as the debug log prints them (FORMATS.md
 * 2.3): the parameter list, trailing qualifiers and a template function's return type go, the
 * qualified name with its template arguments stays.
 */
class FunctionNamesTest {
  private static void check(String expected, String symbol) {
    assertEquals(expected, FunctionNames.function(symbol), symbol);
  }

  @Test
  void parameterListsGo() {
    // The last top-level (...) is the parameter list, however much nesting it holds: templates
    // with spaces and commas, a function-pointer parameter.
    check("tt::tt_metal::Buffer::create",
        "tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long, unsigned long, tt::tt_metal::BufferType)");
    check("tt::tt_metal::Buffer::deallocate", "tt::tt_metal::Buffer::deallocate()");
    check("tt::tt_metal::Buffer::~Buffer", "tt::tt_metal::Buffer::~Buffer()");
    check("ns::call", "ns::call(void (*)(int), std::map<int, std::pair<int, int> > const&)");
    check("(anonymous namespace)::run_op", "(anonymous namespace)::run_op(int)");
  }

  @Test
  void trailingQualifiersGo() {
    // const, ref-qualifiers and the [abi:cxx11] tag follow the parameter list (the tag may also
    // precede it); all go, in any combination.
    check("ttnn::operations::matmul::Matmul::create_output_tensors",
        "ttnn::operations::matmul::Matmul::create_output_tensors(std::vector<tt::tt_metal::Tensor,"
            + " std::allocator<tt::tt_metal::Tensor> > const&) const");
    check("ns::Holder::get", "ns::Holder::get() &&");
    check("ns::Holder::get", "ns::Holder::get() const &");
    check("ns::Holder::size", "ns::Holder::size() const noexcept");
    check("tt::tt_metal::Buffer::name", "tt::tt_metal::Buffer::name[abi:cxx11]() const");
    check("ttnn::to_string", "std::__cxx11::basic_string<char, std::char_traits<char>, std::allocator<char> >"
        + " ttnn::to_string[abi:cxx11](int)");
  }

  @Test
  void templateArgumentsStayAndReturnTypesOfTemplateFunctionsGo() {
    // The demangler prints a return type only for template functions; it is everything before
    // the last space outside <>, (), [] and {}. Template arguments belong to the name and stay,
    // even when they hold parentheses or spaces.
    check("tt::tt_metal::detail::WriteToBuffer<unsigned int>",
        "void tt::tt_metal::detail::WriteToBuffer<unsigned int>(tt::tt_metal::Buffer&,"
            + " std::vector<unsigned int, std::allocator<unsigned int> > const&)");
    check("tt::round_up<unsigned long>", "unsigned long tt::round_up<unsigned long>(unsigned long, unsigned long)");
    check("tt::tt_metal::detail::get<tt::tt_metal::Buffer>",
        "tt::tt_metal::Buffer* tt::tt_metal::detail::get<tt::tt_metal::Buffer>(unsigned long)");
    check("ttnn::device_operation::detail::invoke<ttnn::operations::matmul::Matmul>",
        "std::vector<ttnn::Tensor, std::allocator<ttnn::Tensor> >"
            + " ttnn::device_operation::detail::invoke<ttnn::operations::matmul::Matmul>(unsigned char, int)");
    check("ttnn::operations::binary::BinaryOperation<(ttnn::operations::binary::BinaryOpType)0>::invoke",
        "ttnn::operations::binary::BinaryOperation<(ttnn::operations::binary::BinaryOpType)0>::invoke(ttnn::Tensor const&, float)");
  }

  @Test
  void operators() {
    // operator() keeps its own "()" (only the parameter list after it goes); operator names with
    // a space (conversion, new, delete) or with < and << keep their whole name.
    check("ttnn::decorators::registered_operation_t<ttnn::operations::unary::ExecuteUnary>::operator()<ttnn::Tensor const&>",
        "ttnn::decorators::registered_operation_t<ttnn::operations::unary::ExecuteUnary>::operator()<ttnn::Tensor const&>"
            + "(ttnn::Tensor const&) const");
    check("std::function<void (int)>::operator()", "std::function<void (int)>::operator()(int) const");
    check("tt::tt_metal::Buffer::operator bool", "tt::tt_metal::Buffer::operator bool() const");
    check("operator new", "operator new(unsigned long)");
    check("operator delete", "operator delete(void*, unsigned long)");
    check("tt::operator<", "bool tt::operator<(tt::CoreCoord const&, tt::CoreCoord const&)");
    check("std::operator<< <std::char_traits<char> >",
        "std::basic_ostream<char, std::char_traits<char> >& std::operator<< <std::char_traits<char> >"
            + "(std::basic_ostream<char, std::char_traits<char> >&, char const*)");
    check("std::unique_ptr<ns::A, std::default_delete<ns::A> >::operator->",
        "std::unique_ptr<ns::A, std::default_delete<ns::A> >::operator->() const");
  }

  @Test
  void conversionOperatorsToTypesOfSeveralWords() {
    // A conversion operator is named by its target type, which the demangler prints with spaces
    // (unsigned long, char const*); no return type precedes it, so no space in it ends a return
    // type, and the function is the whole operator, not "long" or "const*".
    check("tt::Size::operator unsigned long", "tt::Size::operator unsigned long() const");
    check("ns::Name::operator char const*", "ns::Name::operator char const*() const");
    check("ns::A::operator long long", "ns::A::operator long long()");
    // A word that merely contains "operator" is no operator: the return type before it still goes.
    check("ns::f", "my_operator ns::f(int)");
  }

  @Test
  void lambdas() {
    // A lambda's function is its operator(); the enclosing function, parameters included, is
    // part of the lambda's scope name ({lambda(...)#n} is not a parameter list) and stays.
    check("tt::tt_metal::EnqueueProgram(tt::tt_metal::CommandQueue&, tt::tt_metal::Program&, bool)::{lambda()#1}::operator()",
        "tt::tt_metal::EnqueueProgram(tt::tt_metal::CommandQueue&, tt::tt_metal::Program&, bool)::{lambda()#1}::operator()() const");
    check("ttnn::matmul(ttnn::Tensor const&)::{lambda(auto:1 const&)#1}::operator()<ttnn::Tensor>",
        "ttnn::matmul(ttnn::Tensor const&)::{lambda(auto:1 const&)#1}::operator()<ttnn::Tensor>(ttnn::Tensor const&) const");
    check("std::_Function_handler<void (int), ttnn::foo(int)::{lambda(int)#1}>::_M_invoke",
        "std::_Function_handler<void (int), ttnn::foo(int)::{lambda(int)#1}>::_M_invoke(std::_Any_data const&, int&&)");
  }

  @Test
  void compilerCloneSuffixesGo() {
    // GCC's outlined and specialised copies demangle with a " [clone .suffix]" after the
    // parameters; they are the same function.
    check("ttnn::foo", "ttnn::foo(int) [clone .cold]");
    check("tt::tt_metal::Buffer::create",
        "tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long) [clone .constprop.0] [clone .isra.0]");
    check("ns::Op::run", "ns::Op::run() const [clone .cold]");
  }

  @Test
  void symbolsOfManyQualifiersAndSuffixesLoseThemAll() {
    // A frame line of 100,000 qualifiers or clone suffixes (hand-made or garbage, but legal text)
    // is stripped in one pass; a copy per qualifier made a 600 KB symbol take minutes.
    check("ns::f", "ns::f()" + " const".repeat(100_000));
    check("ns::f", "ns::f(int)" + " [clone .cold]".repeat(100_000));
    check("ns::f", "ns::f() [clone .cold]" + "[abi:cxx11]".repeat(100_000));
    check("ns::g", "ns::g(x" + "]".repeat(100_000) + ") [clone .cold]");
  }

  @Test
  void namesWithoutParametersStayAsPrinted() {
    // C names, an empty (hidden) symbol and a raw [0x…] frame have nothing to strip.
    check("_PyEval_EvalFrameDefault", "_PyEval_EvalFrameDefault");
    check("", "");
    check("[0x7f2c19a3e1b4]", "[0x7f2c19a3e1b4]");
    check("main", "main");
  }
}
