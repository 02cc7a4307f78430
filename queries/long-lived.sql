-- name: long-lived
-- description: the allocations that stayed open across the most events, freed or not
-- param: limit = 20
--
-- The logs have no usable clock, so age is counted in events: events_open is end_seq - alloc_seq,
-- the events from the allocation up to, not including, the one that ended it; an allocation
-- never ended counts up to the end of the log.
select device, address, hex(address) as address_hex, buffer_type, size, pid, callsite,
       alloc_line, end_line, end_reason,
       coalesce(end_seq, (select count(*) from events)) - alloc_seq as events_open
from lifetimes
order by events_open desc, alloc_seq
limit :limit;
