-- See ../0033_organization_territory_list.sql. group_concat keeps the order of the subquery's rows.
UPDATE organizations SET territory_list = coalesce((
  SELECT group_concat(entry, char(10)) FROM (
    SELECT replace(replace(replace(t.id, '\', '\\'), char(9), '\t'), char(10), '\n') || char(9) ||
           replace(replace(replace(t.name, '\', '\\'), char(9), '\t'), char(10), '\n') AS entry
    FROM organization_territories ot JOIN territories t ON t.id = ot.territory_id
    WHERE ot.organization_id = organizations.id
    ORDER BY t.search_key, t.id)), '');
