-- The read path (issue 7): each organization keeps its territories' ids and names on its row,
-- "id<TAB>name" lines in the order of the territories' folded names (core/territory_list.hpp),
-- rewritten by the organization repository when its territories or a territory's name change.
-- A page of organizations then reads everything it shows in the list's index alone, instead of
-- a second statement with two index seeks per territory (a third of the request's instructions).
-- The engine parts fill it from organization_territories (ordered text aggregation differs).
ALTER TABLE organizations ADD COLUMN territory_list TEXT NOT NULL DEFAULT '';
DROP INDEX organizations_list;
CREATE INDEX organizations_list ON organizations
  (search_key, id, name, sector, email, phone, website, active, created_at, updated_at, version, territory_list);
-- Only the list read the territories through it (0029).
DROP INDEX territories_names;
