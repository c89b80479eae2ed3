-- HSDS fields Filet does not model, kept as they came for services at locations and for the
-- organizations an import created, so that they are exported again.
ALTER TABLE service_at_locations ADD COLUMN document TEXT NOT NULL DEFAULT '{}';
ALTER TABLE organizations ADD COLUMN hsds_document TEXT NOT NULL DEFAULT '{}';
