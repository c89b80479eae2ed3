-- The families page's usual question: an organization's families of one status in one territory,
-- most recently changed first (bench/journal). With the territory in the index, the count and the
-- page read only the matching rows, in order, instead of every family of that status
-- (PostgreSQL, 100,000 families: count 1.05 → 0.70 ms, page 1.4–2.9 → 1.1 ms of execution).
CREATE INDEX families_list_filters ON families (organization_id, status, territory_id, updated_at);
