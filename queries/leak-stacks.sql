-- name: leak-stacks
-- description: the call stacks of allocations never freed, the most leaked bytes first, each in full, or "(no stack)"
-- param: limit = 10
--
-- One row per distinct stack; stack shows the functions from frame 0 (nearest the buffer code),
-- one per line (the table format shows line breaks as ↵; .mode line prints them as they are).
-- Leaks without a stack (all those of a server log, which records none) are one more row, whose
-- stack_id and callsite are NULL and whose stack is "(no stack)", as in summary, placed by its
-- leaked bytes as any other: a log that leaks gives rows (for --fail-if-rows) with or without stacks.
-- Stacks that the suppressions file matches are left out (summary counts their leaks).
select stack_id, callsite, count(*) as leaks, sum(size) as leaked_bytes, human_bytes(sum(size)) as leaked,
       coalesce(stack_text(stack_id), '(no stack)') as stack
from lifetimes
where end_reason <> 'freed' and not suppressed
group by stack_id, callsite
order by leaked_bytes desc, leaks desc, stack_id
limit :limit;
