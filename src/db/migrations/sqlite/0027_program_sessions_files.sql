-- Existing programs' themes (a JSON array of texts) become their sessions, in order.
INSERT INTO group_program_sessions (program_id, number, theme)
SELECT p.id, CAST(t.key AS INTEGER) + 1, t.value FROM group_programs p, json_each(p.themes) t;
ALTER TABLE group_programs DROP COLUMN themes;
