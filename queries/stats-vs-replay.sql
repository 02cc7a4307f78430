-- name: stats-vs-replay
-- description: server statistics blocks that disagree with replaying the log's allocations and frees
--
-- The server counts keys (device, address), not references, each with the size and type of the
-- allocation that created it. The replay does the same from the lifetimes of the server logs:
-- a key exists from the event that opens its first lifetime to the event that ends its last
-- one. Each statistics row of server_stats is compared with the replay after its after_seq; a
-- difference means lines missing from the log (or cut), or a server that lost track.
-- Devices that a block leaves out (they held nothing) are not compared.
with server_lifetimes as (
  select device, address, buffer_type, size, alloc_seq, end_seq
  from lifetimes
  where file in (select file from sources where format = 'server')
),
key_deltas as (
  select device, address, alloc_seq as seq, 1 as delta, size, buffer_type
  from server_lifetimes
  union all
  select device, address, end_seq, -1, cast(null as bigint), cast(null as varchar)
  from server_lifetimes
  where end_seq is not null
),
per_event as (
  select device, address, seq, sum(delta) as delta, max(size) as size, max(buffer_type) as buffer_type
  from key_deltas
  group by device, address, seq
),
counted as (
  select device, address, seq, delta, size, buffer_type,
         sum(delta) over (partition by device, address order by seq rows between unbounded preceding and current row) as held
  from per_event
),
transitions as (
  select device, address, seq, size, buffer_type, case when held = delta then 1 else -1 end as change
  from counted
  where (held = delta and held > 0) or (held = 0 and delta < 0)
),
generations as (
  select device, address, seq, change, size, buffer_type,
         sum(case when change = 1 then 1 else 0 end)
           over (partition by device, address order by seq rows between unbounded preceding and current row) as generation
  from transitions
),
stored as (
  select device, seq, change,
         change * max(size) over (partition by device, address, generation) as bytes,
         max(buffer_type) over (partition by device, address, generation) as buffer_type
  from generations
),
changes_and_blocks as (
  select device, seq, 0 as is_block, cast(null as bigint) as line, change as buffers, bytes,
         case when buffer_type = 'DRAM' then bytes else 0 end as dram_bytes,
         case when buffer_type = 'L1' then bytes else 0 end as l1_bytes
  from stored
  union all
  select device, coalesce(after_seq, -1), 1, line, 0, 0, 0, 0
  from server_stats
),
replayed as (
  select device, line, is_block,
         sum(buffers) over w as buffers, sum(bytes) over w as total_bytes,
         sum(dram_bytes) over w as dram_bytes, sum(l1_bytes) over w as l1_bytes
  from changes_and_blocks
  window w as (partition by device order by seq, is_block rows between unbounded preceding and current row)
)
select s.line, s.device,
       s.buffers as server_buffers, r.buffers as replay_buffers,
       s.dram_bytes as server_dram, r.dram_bytes as replay_dram,
       s.l1_bytes as server_l1, r.l1_bytes as replay_l1,
       s.total_bytes as server_total, r.total_bytes as replay_total
from server_stats as s
join replayed as r on r.is_block = 1 and r.device = s.device and r.line = s.line
where s.buffers <> r.buffers or s.dram_bytes <> r.dram_bytes or s.l1_bytes <> r.l1_bytes
   or s.total_bytes <> r.total_bytes
order by s.line, s.device;
