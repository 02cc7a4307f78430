-- name: net-leaks
-- description: each (device, address) with more alloc than free events: the naive per-address count
--
-- This is the count people compute today (allocations minus frees per address, unknown frees
-- ignored); it cannot tell a leak from a buffer reclaimed at process exit or from address reuse
-- hiding a leak. Compare it with leaks-by-callsite, which pairs each allocation with its free.
-- buffer_type is the most frequent type of the address's allocations (the first by name on a tie).
with counts as (
  select device, address,
         sum(case when kind = 'alloc' then 1 else 0 end) as allocs,
         sum(case when kind = 'free' then 1 else 0 end) as frees
  from events
  where kind in ('alloc', 'free')
  group by device, address
),
types as (
  select device, address, buffer_type,
         row_number() over (partition by device, address order by count(*) desc, buffer_type) as rank_in_address
  from events
  where kind = 'alloc'
  group by device, address, buffer_type
),
sizes as (
  select device, address, count(*) as distinct_sizes,
         listagg(human_bytes(size), ', ') within group (order by size) as sizes
  from (select distinct device, address, size from events where kind = 'alloc') as d
  group by device, address
)
select c.device, c.address, hex(c.address) as address_hex, t.buffer_type,
       c.allocs, c.frees, c.allocs - c.frees as net, s.distinct_sizes, s.sizes
from counts as c
join types as t on t.device = c.device and t.address = c.address and t.rank_in_address = 1
join sizes as s on s.device = c.device and s.address = c.address
where c.allocs > c.frees
order by net desc, c.device, c.address;
