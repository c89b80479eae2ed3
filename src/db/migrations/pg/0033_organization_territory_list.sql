-- See ../0033_organization_territory_list.sql. Byte order ("C"), as the repository sorts.
UPDATE organizations o SET territory_list = coalesce((
  SELECT string_agg(
           replace(replace(replace(t.id, '\', '\\'), chr(9), '\t'), chr(10), '\n') || chr(9) ||
           replace(replace(replace(t.name, '\', '\\'), chr(9), '\t'), chr(10), '\n'),
           chr(10) ORDER BY t.search_key COLLATE "C", t.id COLLATE "C")
  FROM organization_territories ot JOIN territories t ON t.id = ot.territory_id
  WHERE ot.organization_id = o.id), '');
