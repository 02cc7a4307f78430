-- name: leak-origins
-- description: each leak of the server log, with the callsite and stack of the same allocation in the debug log
-- param: server = server (schema of a server log)
-- param: stacks = stacks (schema of a buffer_debug log)
--
-- Load both logs of one run as two schemas (ttsql server=debug.log stacks=tt_buffer_debug.log);
-- the parameters name them. The server log knows which buffers leaked and which process held
-- them, the debug log where they were allocated. Both see the same allocations in the same order,
-- so the k-th allocation at a (device, address) in one log is the k-th at that (device, address)
-- in the other: leaks join their counterpart on device, address and occurrence.
-- counterpart says what was found: same_size, different_size (stack_size then differs from size:
-- the logs are not of one run, or lost lines shifted the occurrences), or none (no allocation
-- there in the debug log: its logging started late, or the process ran without it). A leak whose
-- counterpart's stack the suppressions file matches is left out; leak-origins-summary counts all.
with leaks as (
  select device, address, occurrence, size, pid, end_reason, alloc_line
  from :server.lifetimes
  where end_reason <> 'freed'
),
origins as (
  select l.device, l.address, l.occurrence, l.size, l.pid, l.end_reason, l.alloc_line,
         d.size as stack_size, d.alloc_line as stack_line, d.stack_id, d.callsite, d.suppressed
  from leaks as l
  left join :stacks.lifetimes as d
    on d.device = l.device and d.address = l.address and d.occurrence = l.occurrence
)
select device, address, hex(address) as address_hex, occurrence, pid, size, end_reason,
       alloc_line as server_line,
       case when stack_line is null then 'none'
            when stack_size = size then 'same_size'
            else 'different_size' end as counterpart,
       stack_size, stack_line, callsite, :stacks.stack_text(stack_id) as stack
from origins
where suppressed is not true
order by size desc, device, address, occurrence;
