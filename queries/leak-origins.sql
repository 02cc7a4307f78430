-- name: leak-origins
-- description: each leak of the server log, with the callsite and stack of the same allocation in the debug log
-- param: server = server (schema of a server log)
-- param: stacks = stacks (schema of a buffer_debug log)
--
-- Load both logs of one run as two schemas (ttsql server=debug.log stacks=tt_buffer_debug.log);
-- the parameters name them. The server log knows which buffers leaked and which process held
-- them, the debug log where they were allocated. Both see the same allocations in the same order,
-- so the k-th allocation at a (device, address) in one log is the k-th at that (device, address)
-- in the other, counted from the first allocation both logs saw: the debug log is appended to by
-- every run, so it may begin with earlier runs (and a server log with runs logged without it).
-- The anchors find where one log's allocations start in the other; occurrences count from there
-- (run_occurrence), and leaks join their counterpart on device, address and run_occurrence.
-- counterpart says what was found: same_size, different_size (stack_size then differs from size:
-- the logs are not of one run, or lost lines shifted the occurrences), or none (no allocation
-- there in the debug log: its logging started late, or the process ran without it). A leak whose
-- counterpart's stack the suppressions file matches is left out; leak-origins-summary counts all.
-- From here to "end of shared", the same text in leak-origins and leak-origins-summary (a test checks it).
with anchors as (
  -- The first and last 64 allocations of each log, each with every allocation of the other log at
  -- the same device and address with the same size: the difference of their alloc_numbers (the
  -- shift) is a vote for where the two logs' common run lies, at its start or at its end. Four
  -- branches with constant flags, not two with flags computed from the logs' sizes: on the DuckDB
  -- store Calcite computed such a flag with a query to DuckDB per row.
  select d.alloc_number - s.alloc_number as shift, 1 as at_start, 0 as at_end
  from :stacks.lifetimes as d
  join (select device, address, size, alloc_number from :server.lifetimes where alloc_number <= 64) as s
    on s.device = d.device and s.address = d.address and s.size = d.size
  union all
  select d.alloc_number - s.alloc_number, 0, 1
  from :stacks.lifetimes as d
  join (select device, address, size, alloc_number from :server.lifetimes
        where alloc_number > (select count(*) from :server.lifetimes) - 64) as s
    on s.device = d.device and s.address = d.address and s.size = d.size
  union all
  select d.alloc_number - s.alloc_number, 1, 0
  from :server.lifetimes as s
  join (select device, address, size, alloc_number from :stacks.lifetimes where alloc_number <= 64) as d
    on d.device = s.device and d.address = s.address and d.size = s.size
  union all
  select d.alloc_number - s.alloc_number, 0, 1
  from :server.lifetimes as s
  join (select device, address, size, alloc_number from :stacks.lifetimes
        where alloc_number > (select count(*) from :stacks.lifetimes) - 64) as d
    on d.device = s.device and d.address = s.address and d.size = s.size
),
votes as (
  select shift, sum(at_start) as at_start, sum(at_end) as at_end
  from anchors
  group by shift
),
enough as (
  -- A quarter of the anchors at either end, times 4: the votes that make a shift more than chance;
  -- and the shift that lines up the two logs' last allocations.
  select case when s.n < 64 then s.n else 64 end + case when d.n < 64 then d.n else 64 end as votes,
         d.n - s.n as ends
  from (select count(*) as n from :server.lifetimes) as s, (select count(*) as n from :stacks.lifetimes) as d
),
alignment as (
  -- A shift with enough votes at a start comes first: there one log's start lies in the other (if
  -- none has, each log begins with runs the other lacks, only one of them can be skipped, and the
  -- ends decide). Of those, the one with the most votes at the ends: a debug log holding the same
  -- run twice has two starts, and the ends tell the last. Then the one that lines up the logs' ends
  -- (in logs of 64 allocations or fewer, the first and the last 64 are the same, and a run twice
  -- ties; an appended log's last run is the other log's), then the smallest. Without enough votes
  -- anywhere (a process one log lacks spreads them over small shifts), 0: occurrences count from
  -- each file's start.
  select coalesce(max(shift), 0) as shift
  from (select v.shift
        from votes as v, enough as e
        where 4 * v.at_start >= e.votes or 4 * v.at_end >= e.votes
        order by case when 4 * v.at_start >= e.votes then 0 else 1 end, v.at_end desc,
                 abs(v.shift - e.ends), abs(v.shift), v.shift desc
        limit 1) as best
),
stacks_before as (
  -- Per (device, address), the debug log's allocations before the common run: other runs'.
  select device, address, count(*) as allocations
  from :stacks.lifetimes, alignment
  where alloc_number <= shift
  group by device, address
),
server_before as (
  -- The same of the server log, when it is the one that begins with other runs.
  select device, address, count(*) as allocations
  from :server.lifetimes, alignment
  where alloc_number <= -shift
  group by device, address
),
server_run as (
  -- Each log's lifetimes, with their occurrence counted from the first allocation both logs saw.
  select s.device, s.address, s.occurrence, s.size, s.pid, s.end_reason, s.alloc_line,
         s.occurrence - coalesce(e.allocations, 0) as run_occurrence
  from :server.lifetimes as s
  left join server_before as e on e.device = s.device and e.address = s.address
),
stacks_run as (
  select d.device, d.address, d.size, d.alloc_line, d.stack_id, d.callsite, d.suppressed,
         d.occurrence - coalesce(e.allocations, 0) as run_occurrence
  from :stacks.lifetimes as d
  left join stacks_before as e on e.device = d.device and e.address = d.address
),
-- end of shared
origins as (
  select l.device, l.address, l.occurrence, l.size, l.pid, l.end_reason, l.alloc_line,
         c.size as stack_size, c.alloc_line as stack_line, c.stack_id, c.callsite, c.suppressed
  from server_run as l
  left join stacks_run as c
    on c.device = l.device and c.address = l.address and c.run_occurrence = l.run_occurrence
  where l.end_reason <> 'freed'
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
