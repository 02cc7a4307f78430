-- name: stats-vs-replay
-- description: server statistics blocks that disagree with replaying the log's allocations and frees
--
-- The server counts keys (device, address), not references, each with the size and type of the
-- allocation that created it. The stats_replay table does the same from the lifetimes of the
-- server logs: a key exists from the event that opens its first lifetime to the event that ends
-- its last one. Each statistics row of server_stats is compared with the replay at its block
-- (file and line: several logs can load as one trace); a difference means lines missing from the
-- log (or cut), or a server that lost track.
-- A device that a block leaves out held nothing for the server; the block's active allocations
-- (keys on all devices) are compared too, so keys the replay holds there show as a difference in
-- active on the block's rows; a block that lists no device at all (an empty server) is one row
-- with device NULL, compared with the keys and bytes on all devices. The enhanced server prints
-- sizes in KB to 6 significant digits (in_kb), so there bytes agree when they are within that
-- rounding: half a unit of the sixth digit, at most 0.0005 % and a byte.
select s.file, s.line, s.device,
       s.buffers as server_buffers, r.buffers as replay_buffers,
       s.dram_bytes as server_dram, r.dram_bytes as replay_dram,
       s.l1_bytes as server_l1, r.l1_bytes as replay_l1,
       s.total_bytes as server_total, r.total_bytes as replay_total,
       s.active_allocations as server_active, r.active_allocations as replay_active
from server_stats as s
join stats_replay as r
  on r.device is not distinct from s.device and r.file = s.file and r.line = s.line
where s.buffers <> r.buffers
   or s.active_allocations <> r.active_allocations
   or abs(s.dram_bytes - r.dram_bytes) > case when s.in_kb then r.dram_bytes * 0.000005 + 1 else 0 end
   or abs(s.l1_bytes - r.l1_bytes) > case when s.in_kb then r.l1_bytes * 0.000005 + 1 else 0 end
   or abs(s.total_bytes - r.total_bytes) > case when s.in_kb then r.total_bytes * 0.000005 + 1 else 0 end
order by s.after_seq nulls first, s.line, s.device;
