-- name: leak-origins-summary
-- description: how the allocations of a server log and a debug log of one run match: same size, other size, none
-- param: server = server (schema of a server log)
-- param: stacks = stacks (schema of a buffer_debug log)
--
-- The counts behind leak-origins, whose matching rule it shares: an allocation's counterpart is
-- the allocation of the other log with the same device, address and occurrence, occurrences
-- counted from the first allocation both logs saw. Three rows: the allocations of the server
-- log, those of the debug log, and the leaks of the server log (the rows of leak-origins before
-- suppressions). same_size + different_size + no_counterpart + before_other_log = total, where
-- before_other_log counts allocations made before the other log's first one (the earlier runs an
-- appended debug log still holds); suppressed counts those whose debug-log stack the suppressions
-- file matches (leak-origins lists the leaks total - suppressed). Every allocation matching with
-- the same size, on both sides, means the two logs are of one run and nothing was lost. A set
-- with no allocations shows zeros.
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
pairs as (
  -- Every allocation of either log, with its counterpart when it has one.
  select s.end_reason <> 'freed' as leaked, s.size as server_size, s.run_occurrence < 1 as server_before,
         s.alloc_line is not null as on_server, d.size as stacks_size, d.run_occurrence < 1 as stacks_before,
         d.alloc_line is not null as on_stacks, coalesce(d.suppressed, false) as suppressed
  from server_run as s
  full join stacks_run as d
    on d.device = s.device and d.address = s.address and d.run_occurrence = s.run_occurrence
),
labels as (
  select * from (values (1, 'server allocations'), (2, 'debug allocations'), (3, 'server leaks'))
    as v (row_order, what)
),
sides as (
  -- Each server allocation in row 1 (a leak in row 3 as well), each debug allocation in row 2; the
  -- pairs are read once, as Calcite computes a named query again wherever it is used.
  select r.row_order,
         case when r.row_order = 2 then m.stacks_size else m.server_size end as size,
         case when r.row_order = 2 then m.server_size else m.stacks_size end as other_size,
         case when r.row_order = 2 then m.on_server else m.on_stacks end as matched,
         case when r.row_order = 2 then m.stacks_before else m.server_before end as before_other,
         m.suppressed
  from pairs as m
  join (values (1), (2), (3)) as r (row_order)
    on (r.row_order = 1 and m.on_server) or (r.row_order = 2 and m.on_stacks)
       or (r.row_order = 3 and m.on_server and m.leaked)
)
select l.what, count(s.row_order) as total,
       sum(case when s.matched and s.other_size = s.size then 1 else 0 end) as same_size,
       sum(case when s.matched and s.other_size <> s.size then 1 else 0 end) as different_size,
       sum(case when not s.matched and not s.before_other then 1 else 0 end) as no_counterpart,
       sum(case when s.before_other then 1 else 0 end) as before_other_log,
       sum(case when s.suppressed then 1 else 0 end) as suppressed
from labels as l
left join sides as s on s.row_order = l.row_order
group by l.row_order, l.what
order by l.row_order;
