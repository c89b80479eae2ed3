-- Organizations that let their directory services have a public page (no sign-in), so that a
-- worker can hand a family a QR code or a link. Absent row: no public page.
CREATE TABLE public_service_pages (
  organization_id TEXT PRIMARY KEY REFERENCES organizations (id) ON DELETE CASCADE,
  enabled_at TEXT NOT NULL,
  enabled_by TEXT NOT NULL
);
