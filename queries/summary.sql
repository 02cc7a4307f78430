-- name: summary
-- description: one screen about the trace: events, lifetimes, devices, buffer types, parse errors, top leaking callsites
-- param: top = 5
--
-- Sections, in order: events by kind; lifetimes by end_reason with their bytes; allocations by
-- device (in device order) and by buffer type; lines not understood; the :top callsites that leaked the most bytes
-- (leaks are lifetimes whose end_reason is not freed; "(no stack)" gathers those without a stack,
-- "(no callsite)" those whose stack is all buffer plumbing, as the flame graph and leak-stacks tell them apart);
-- the leaks left out because a line of the suppressions file matched their stack, by pattern
-- (no rows without suppressions). Lifetimes and the other sections count suppressed leaks too.
with parts as (
  select 1 as section_order, 0 as item_order, 'events' as section, kind as item, count(*) as n,
         cast(null as bigint) as bytes
  from events
  group by kind
  union all
  select 2, 0, 'lifetimes', end_reason, count(*), sum(size)
  from lifetimes
  group by end_reason
  union all
  select 3, device, 'device', cast(device as varchar), count(*), sum(size)
  from lifetimes
  group by device
  union all
  select 4, 0, 'buffer type', buffer_type, count(*), sum(size)
  from lifetimes
  group by buffer_type
  union all
  select 5, 0, 'parse errors', 'lines not understood', count(*), cast(null as bigint)
  from parse_errors
  union all
  select 6, 0, 'leaking callsite', item, n, bytes
  from (
    select item, count(*) as n, sum(size) as bytes
    from (
      select coalesce(callsite, case when stack_id is null then '(no stack)' else '(no callsite)' end) as item, size
      from lifetimes
      where end_reason <> 'freed' and not suppressed
    ) as leaks
    group by item
    order by bytes desc, n desc, item
    limit :top
  ) as top_leaks
  union all
  select 7, 0, 'suppressed leaks', 'leak:' || suppressed_by, count(*), sum(size)
  from lifetimes
  where end_reason <> 'freed' and suppressed
  group by suppressed_by
)
select section, item, n as "count", bytes, human_bytes(bytes) as size
from parts
order by section_order, item_order, bytes desc, "count" desc, item;
