-- name: leaks-by-pid
-- description: allocations never freed, by the process that made them: reclaimed at its exit, held at a restart or at the end
--
-- Only the server log knows processes: allocations from the buffer debug log have a NULL pid.
-- The server removes a dead process's keys with every reference to them: an allocation a process
-- made on a key another process owns (a ref_count line) is reclaimed when the owner dies, so it
-- counts in reclaimed_at_exit of the process that made it even if that process lived on.
-- held_at_restart counts those still held when the server started again (server_restart: it was
-- stopped or killed holding them), held_at_end those still held when the log ended (end_of_log).
-- Leaks that the suppressions file matches are left out (summary counts them).
with leaks as (
  select pid, device, size, end_reason
  from lifetimes
  where end_reason <> 'freed' and not suppressed
),
totals as (
  select pid, count(*) as leaks, sum(size) as leaked_bytes,
         sum(case when end_reason = 'process_exit' then 1 else 0 end) as reclaimed_at_exit,
         sum(case when end_reason = 'server_restart' then 1 else 0 end) as held_at_restart,
         sum(case when end_reason = 'end_of_log' then 1 else 0 end) as held_at_end
  from leaks
  group by pid
),
devices as (
  select pid, string_agg(cast(device as varchar), ', ' order by device) as devices
  from (select distinct pid, device from leaks) as d
  group by pid
)
select t.pid, t.leaks, t.leaked_bytes, human_bytes(t.leaked_bytes) as leaked,
       t.reclaimed_at_exit, t.held_at_restart, t.held_at_end, d.devices
from totals as t
join devices as d on d.pid is not distinct from t.pid
order by t.leaked_bytes desc, t.leaks desc, t.pid;
