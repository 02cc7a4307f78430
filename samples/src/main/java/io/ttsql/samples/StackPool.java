package io.ttsql.samples;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The fixed pool of call stacks the generated debug log draws from, so that its stacks intern:
 * TT-Metal and ttnn frames with demangled symbols, hidden frames (an empty symbol after
 * {@code ": "}), Python interpreter frames and raw {@code [0x…]} addresses. Each allocation stack
 * names its callsite right after the buffer plumbing.
 */
final class StackPool {
  private static final String METAL = "/home/ubuntu/tt-metal/build_Release/lib/libtt_metal.so: ";
  private static final String TTNN = "/home/ubuntu/tt-metal/build_Release/lib/_ttnn.so: ";
  private static final String VEC = "std::vector<tt::tt_metal::Tensor, std::allocator<tt::tt_metal::Tensor> >";
  private static final String OPT_VEC =
      "std::vector<std::optional<tt::tt_metal::Tensor>, std::allocator<std::optional<tt::tt_metal::Tensor> > >";
  private static final String ALLOCATE_IMPL = METAL + "tt::tt_metal::Buffer::allocate_impl()";
  private static final String CREATE = METAL + "tt::tt_metal::Buffer::create(tt::tt_metal::IDevice*, unsigned long,"
      + " unsigned long, tt::tt_metal::BufferType, tt::tt_metal::BufferShardingArgs const&, std::optional<bool>,"
      + " std::optional<tt::tt_metal::SubDeviceId>)";
  private static final String MESH_CREATE = METAL + "tt::tt_metal::distributed::MeshBuffer::create("
      + "tt::tt_metal::distributed::MeshBufferConfig const&, tt::tt_metal::DeviceLocalBufferConfig const&,"
      + " tt::tt_metal::distributed::MeshDevice*, std::optional<unsigned long>)";
  private static final String HIDDEN_METAL = METAL;
  private static final String HIDDEN_TTNN = TTNN;
  private static final String EVAL = "python3: _PyEval_EvalFrameDefault";
  private static final String VECTORCALL = "python3: _PyFunction_Vectorcall";
  private static final String DISPOSE = METAL + "std::_Sp_counted_ptr_inplace<tt::tt_metal::Buffer,"
      + " std::allocator<tt::tt_metal::Buffer>, (__gnu_cxx::_Lock_policy)2>::_M_dispose()";
  private static final String TO_DEVICE = TTNN + "ttnn::operations::core::to_device(tt::tt_metal::Tensor const&,"
      + " tt::tt_metal::IDevice*, std::optional<tt::tt_metal::MemoryConfig> const&,"
      + " std::optional<tt::tt_metal::SubDeviceId>)";
  private static final String MATMUL_OUTPUTS =
      TTNN + "ttnn::operations::matmul::Matmul::create_output_tensors(" + VEC + " const&) const";
  private static final String CORE_DEALLOCATE =
      TTNN + "ttnn::operations::core::deallocate(tt::tt_metal::Tensor&, bool)";

  private static final List<List<String>> STACKS = List.of(
      // 0: matmul output
      List.of(ALLOCATE_IMPL, CREATE, HIDDEN_METAL, MATMUL_OUTPUTS,
          TTNN + VEC + " tt::tt_metal::operation::run<" + VEC + " >(tt::tt_metal::operation::DeviceOperation<"
              + VEC + " >&&, " + VEC + " const&, std::vector<std::optional<tt::tt_metal::Tensor const>,"
              + " std::allocator<std::optional<tt::tt_metal::Tensor const> > > const&, " + OPT_VEC + " const&)",
          HIDDEN_TTNN, EVAL, "[0x7f3a9c21d1b4]"),
      // 1: matmul output through the bound op
      List.of(ALLOCATE_IMPL, CREATE, HIDDEN_METAL, MATMUL_OUTPUTS,
          TTNN + "ttnn::operations::matmul::bound_matmul(tt::tt_metal::Tensor const&, tt::tt_metal::Tensor const&,"
              + " std::optional<tt::tt_metal::Tensor const> const&, ttnn::operations::matmul::Matmul const&,"
              + " unsigned char const&, std::optional<tt::tt_metal::Tensor>&)",
          HIDDEN_TTNN, EVAL),
      // 2: permute output
      List.of(ALLOCATE_IMPL, CREATE, HIDDEN_METAL,
          TTNN + "ttnn::operations::data_movement::PermuteDeviceOperation::create_output_tensors("
              + "ttnn::operations::data_movement::PermuteDeviceOperation::operation_attributes_t const&,"
              + " ttnn::operations::data_movement::PermuteDeviceOperation::tensor_args_t const&)",
          TTNN + "void ttnn::device_operation::detail::launch_on_device<"
              + "ttnn::operations::data_movement::PermuteDeviceOperation>(unsigned char,"
              + " ttnn::operations::data_movement::PermuteDeviceOperation::operation_attributes_t const&,"
              + " ttnn::operations::data_movement::PermuteDeviceOperation::tensor_args_t const&,"
              + " ttnn::operations::data_movement::PermuteDeviceOperation::tensor_return_value_t&,"
              + " tt::tt_metal::IDevice*)",
          HIDDEN_TTNN, EVAL, "[0x7f3a9c21d1b4]"),
      // 3: weights uploaded by to_device
      List.of(ALLOCATE_IMPL, CREATE,
          METAL + "tt::tt_metal::tensor_impl::allocate_buffer_on_device(tt::tt_metal::IDevice*,"
              + " tt::tt_metal::TensorSpec const&)",
          METAL + "tt::tt_metal::Tensor tt::tt_metal::tensor_impl::to_device<bfloat16>(tt::tt_metal::Tensor const&,"
              + " tt::tt_metal::IDevice*, tt::tt_metal::MemoryConfig const&,"
              + " std::optional<std::reference_wrapper<tt::tt_metal::CommandQueue> >)",
          TO_DEVICE, HIDDEN_TTNN, EVAL, VECTORCALL),
      // 4: concat output (a leaky callsite)
      List.of(ALLOCATE_IMPL, CREATE, MESH_CREATE, HIDDEN_METAL,
          TTNN + "ttnn::operations::data_movement::ConcatDeviceOperation::create_output_tensors(" + VEC
              + " const&, " + OPT_VEC + " const&) const",
          TTNN + "ttnn::operations::data_movement::concat_impl(" + VEC
              + " const&, int, unsigned int, tt::tt_metal::MemoryConfig const&)",
          HIDDEN_TTNN, EVAL),
      // 5: global circular buffer in L1 (a leaky callsite)
      List.of(ALLOCATE_IMPL, CREATE,
          METAL + "tt::tt_metal::experimental::GlobalCircularBuffer::setup_cb_buffers(tt::tt_metal::BufferType,"
              + " unsigned int)",
          METAL + "tt::tt_metal::experimental::GlobalCircularBuffer::GlobalCircularBuffer(tt::tt_metal::IDevice*,"
              + " std::vector<std::pair<CoreCoord, CoreRangeSet>, std::allocator<std::pair<CoreCoord, CoreRangeSet> > >"
              + " const&, unsigned int, tt::tt_metal::BufferType)",
          HIDDEN_TTNN, EVAL),
      // 6: sliding-window configuration in L1_SMALL
      List.of(ALLOCATE_IMPL, CREATE, HIDDEN_METAL,
          TTNN + "ttnn::operations::sliding_window::move_config_tensor_to_device(tt::tt_metal::Tensor const&,"
              + " ttnn::operations::sliding_window::ParallelConfig const&, bool,"
              + " tt::tt_metal::distributed::MeshDevice*)",
          TTNN + "ttnn::operations::conv::conv2d::conv2d_L1(tt::tt_metal::Tensor const&, tt::tt_metal::Tensor const&,"
              + " tt::tt_metal::distributed::MeshDevice*, unsigned int, unsigned int, unsigned int,"
              + " std::array<unsigned int, 2ul>, std::array<unsigned int, 2ul>)",
          HIDDEN_TTNN, EVAL),
      // 7: softmax output
      List.of(ALLOCATE_IMPL, CREATE, HIDDEN_METAL,
          TTNN + "ttnn::operations::normalization::Softmax::create_output_tensors(" + VEC + " const&) const",
          HIDDEN_TTNN, EVAL, VECTORCALL),
      // 8: trace region on every device of the mesh
      List.of(ALLOCATE_IMPL, CREATE, MESH_CREATE,
          METAL + "tt::tt_metal::distributed::MeshTrace::populate_mesh_buffer("
              + "tt::tt_metal::distributed::MeshCommandQueue&,"
              + " std::shared_ptr<tt::tt_metal::distributed::MeshTraceDescriptor>&)",
          METAL + "tt::tt_metal::distributed::FDMeshCommandQueue::record_end()",
          METAL + "tt::tt_metal::distributed::MeshDevice::end_mesh_trace(unsigned char,"
              + " tt::tt_metal::distributed::MeshTraceId const&)",
          TTNN + "ttnn::operations::trace::end_trace_capture(tt::tt_metal::distributed::MeshDevice*,"
              + " tt::tt_metal::distributed::MeshTraceId, std::optional<unsigned char>)",
          EVAL),
      // 9: a tensor replicated on every device of the mesh
      List.of(ALLOCATE_IMPL, CREATE, MESH_CREATE,
          METAL + "tt::tt_metal::tensor_impl::allocate_mesh_buffer_on_device("
              + "tt::tt_metal::distributed::MeshDevice*, tt::tt_metal::TensorSpec const&)",
          TO_DEVICE, HIDDEN_TTNN, EVAL),
      // 10: all-gather output
      List.of(ALLOCATE_IMPL, CREATE, MESH_CREATE, HIDDEN_METAL,
          TTNN + "ttnn::operations::experimental::ccl::AllGatherAsync::create_output_tensors(" + VEC + " const&)"
              + " const",
          HIDDEN_TTNN, EVAL, "[0x7f3a9c1f0e2c]"),
      // 11: explicit ttnn.deallocate
      List.of(METAL + "tt::tt_metal::Buffer::deallocate()", METAL + "tt::tt_metal::Tensor::deallocate(bool)",
          CORE_DEALLOCATE, HIDDEN_TTNN, EVAL),
      // 12: ttnn.deallocate of a mesh tensor
      List.of(METAL + "tt::tt_metal::Buffer::deallocate()",
          METAL + "tt::tt_metal::distributed::MeshBuffer::deallocate()",
          METAL + "tt::tt_metal::Tensor::deallocate(bool)", CORE_DEALLOCATE, HIDDEN_TTNN, EVAL),
      // 13: an owning buffer's destructor
      List.of(METAL + "tt::tt_metal::Buffer::~Buffer()", DISPOSE, METAL + "tt::tt_metal::Tensor::~Tensor()",
          HIDDEN_TTNN, EVAL),
      // 14: the deallocation that follows it
      List.of(METAL + "tt::tt_metal::Buffer::deallocate_impl()", METAL + "tt::tt_metal::Buffer::~Buffer()", DISPOSE,
          METAL + "tt::tt_metal::Tensor::~Tensor()", HIDDEN_TTNN),
      // 15: a non-owning per-device view's destructor
      List.of(METAL + "tt::tt_metal::Buffer::~Buffer()", METAL + "tt::tt_metal::distributed::MeshBuffer::~MeshBuffer()",
          CORE_DEALLOCATE));

  static final int TRACE_REGION = 8;
  static final int MESH_TENSOR = 9;
  static final int DEALLOCATE = 11;
  static final int MESH_DEALLOCATE = 12;
  static final int DESTRUCTOR = 13;
  static final int DESTRUCTOR_DEALLOCATE = 14;
  static final int VIEW_DESTRUCTOR = 15;

  private static final int[] DRAM_SITES = {0, 2, 3, 4, 10};
  private static final int[] L1_SITES = {0, 1, 2, 7};
  private static final int[] L1_SMALL_SITES = {6};
  private static final int[] DRAM_LEAKS = {4};
  private static final int[] L1_LEAKS = {5};

  private StackPool() {}

  /** Number of stacks in the pool. */
  static int size() {
    return STACKS.size();
  }

  /** The frame lines of stack {@code index} without their indentation, frame 0 first. */
  static List<String> frames(int index) {
    return STACKS.get(index);
  }

  /** A stack for a single-device allocation of {@code kind}; leaky ones come from the leaky callsites. */
  static int allocation(BufferKind kind, boolean leaky, SplittableRandom random) {
    int[] sites = switch (kind) {
      case DRAM -> leaky ? DRAM_LEAKS : DRAM_SITES;
      case L1 -> leaky ? L1_LEAKS : L1_SITES;
      case L1_SMALL -> L1_SMALL_SITES;
      case TRACE -> new int[] {TRACE_REGION};
    };
    return sites[random.nextInt(sites.length)];
  }
}
