-- name: leak-origins-summary
-- description: how the allocations of a server log and a debug log of one run match: same size, other size, none
-- param: server = server (schema of a server log)
-- param: stacks = stacks (schema of a buffer_debug log)
--
-- The counts behind leak-origins, whose matching rule it shares: an allocation's counterpart is
-- the allocation of the other log with the same device, address and occurrence. Three rows: the
-- allocations of the server log, those of the debug log, and the leaks of the server log (the
-- rows of leak-origins before suppressions). same_size + different_size + no_counterpart = total;
-- suppressed counts those whose debug-log stack the suppressions file matches (leak-origins
-- lists the leaks total - suppressed). Every allocation matching with the same size, on both
-- sides, means the two logs are of one run and nothing was lost. A set with no allocations
-- shows zeros.
with server_side as (
  select s.end_reason <> 'freed' as leaked, s.size, d.size as other_size,
         d.alloc_line is not null as matched, coalesce(d.suppressed, false) as suppressed
  from :server.lifetimes as s
  left join :stacks.lifetimes as d
    on d.device = s.device and d.address = s.address and d.occurrence = s.occurrence
),
stacks_side as (
  select d.size, s.size as other_size, s.alloc_line is not null as matched, d.suppressed
  from :stacks.lifetimes as d
  left join :server.lifetimes as s
    on s.device = d.device and s.address = d.address and s.occurrence = d.occurrence
),
labels as (
  select * from (values (1, 'server allocations'), (2, 'debug allocations'), (3, 'server leaks'))
    as v (row_order, what)
),
sides as (
  select 1 as row_order, size, other_size, matched, suppressed
  from server_side
  union all
  select 2, size, other_size, matched, suppressed
  from stacks_side
  union all
  select 3, size, other_size, matched, suppressed
  from server_side
  where leaked
)
select l.what, count(s.row_order) as total,
       sum(case when s.matched and s.other_size = s.size then 1 else 0 end) as same_size,
       sum(case when s.matched and s.other_size <> s.size then 1 else 0 end) as different_size,
       sum(case when not s.matched then 1 else 0 end) as no_counterpart,
       sum(case when s.suppressed then 1 else 0 end) as suppressed
from labels as l
left join sides as s on s.row_order = l.row_order
group by l.row_order, l.what
order by l.row_order;
