-- Existing programs' themes (a JSON array of texts) become their sessions, in order.
INSERT INTO group_program_sessions (program_id, number, theme)
SELECT p.id, t.number, t.theme FROM group_programs p,
  json_array_elements_text(p.themes::json) WITH ORDINALITY AS t (theme, number);
ALTER TABLE group_programs DROP COLUMN themes;
