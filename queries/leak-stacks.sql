-- name: leak-stacks
-- description: the call stacks of allocations never freed, the most leaked bytes first, each stack in full
-- param: limit = 10
--
-- One row per distinct stack; stack shows the functions from frame 0 (nearest the buffer code),
-- one per line (the table format shows line breaks as ↵; .mode line prints them as they are).
-- Stacks that the suppressions file matches are left out (summary counts their leaks).
select stack_id, callsite, count(*) as leaks, sum(size) as leaked_bytes, human_bytes(sum(size)) as leaked,
       stack_text(stack_id) as stack
from lifetimes
where end_reason <> 'freed' and stack_id is not null and not suppressed
group by stack_id, callsite
order by leaked_bytes desc, leaks desc, stack_id
limit :limit;
