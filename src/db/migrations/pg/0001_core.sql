-- PostgreSQL's part of 0001_core.sql: the audit log, whose id is a BIGSERIAL and whose trigger
-- refuses any UPDATE or DELETE.
-- Append-only: who did what to which record, never field values.
CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  user_id TEXT,
  user_email TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT,
  organization_id TEXT,
  request_id TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
