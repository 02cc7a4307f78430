-- name: address-reuse
-- description: (device, address) pairs allocated with more than one size, where per-address counts mislead
--
-- The allocator hands an address out again after a free, often for a buffer of another size;
-- overlapped counts the allocations at the address that were open while another one was.
with per_address as (
  select device, address, count(*) as allocations, count(distinct size) as distinct_sizes,
         sum(case when overlapped then 1 else 0 end) as overlapped
  from lifetimes
  group by device, address
  having count(distinct size) > 1
),
sizes as (
  select device, address, listagg(human_bytes(size), ', ') within group (order by size) as sizes
  from (select distinct device, address, size from lifetimes) as d
  group by device, address
)
select p.device, p.address, hex(p.address) as address_hex, p.allocations, p.distinct_sizes, s.sizes, p.overlapped
from per_address as p
join sizes as s on s.device = p.device and s.address = p.address
order by p.distinct_sizes desc, p.allocations desc, p.device, p.address;
