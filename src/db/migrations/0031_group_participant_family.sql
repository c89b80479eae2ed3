-- A parent participant of a group linked to a family of the journal (issue 11, item 2), set only
-- while the family consents to group participation (families' purpose "group_participation").
-- The link is shown at read time only to readers of the family's organization at the identified
-- level, and only while that consent holds on the day read (a withdrawn consent leaves the row but
-- removes its effect); destroying the family clears it (families::destruction_repository).
ALTER TABLE group_participants ADD COLUMN family_id TEXT REFERENCES families (id);
CREATE INDEX group_participants_family ON group_participants (family_id);
