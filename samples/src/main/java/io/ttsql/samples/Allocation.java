package io.ttsql.samples;

/**
 * One buffer allocation on one device, as both logs report it.
 *
 * @param pid the allocating process
 * @param device device id, 0 to 7
 * @param address device address (the server's buffer_id)
 * @param size bytes requested
 * @param kind buffer type
 * @param bufferPtr the C++ {@code Buffer*} the debug log prints
 * @param stack index of the allocation's call stack in {@link StackPool}
 */
record Allocation(int pid, int device, long address, long size, BufferKind kind, long bufferPtr, int stack) {}
