-- Filter words (zzter…, zzneed…, zzlang…, zzday…, zzfree) get a column of their own, apart from
-- the text people write, so that a description saying "zzfree" matches no filter. NULL marks
-- services indexed before: the server writes their rows again at start. The full-text index
-- over both is rebuilt by each engine's part (sqlite/, pg/).
ALTER TABLE services ADD COLUMN filter_text TEXT;
