-- A referral agreement's contacts (issue 12, item 4): up to five professional contacts on each
-- side, in order, instead of one. The one contact each side had moves over; its columns go.
CREATE TABLE referral_agreement_contacts (
  agreement_id TEXT NOT NULL REFERENCES referral_agreements (id),
  side TEXT NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (agreement_id, side, position)
);

INSERT INTO referral_agreement_contacts (agreement_id, side, position, name, role, phone, email)
  SELECT id, 'organization', 1, contact_name, contact_role, contact_phone, contact_email FROM referral_agreements
  WHERE contact_name <> '';
INSERT INTO referral_agreement_contacts (agreement_id, side, position, name, role, phone, email)
  SELECT id, 'other', 1, other_contact_name, other_contact_role, other_contact_phone, other_contact_email
  FROM referral_agreements WHERE other_contact_name <> '';

ALTER TABLE referral_agreements DROP COLUMN contact_name;
ALTER TABLE referral_agreements DROP COLUMN contact_role;
ALTER TABLE referral_agreements DROP COLUMN contact_phone;
ALTER TABLE referral_agreements DROP COLUMN contact_email;
ALTER TABLE referral_agreements DROP COLUMN other_contact_name;
ALTER TABLE referral_agreements DROP COLUMN other_contact_role;
ALTER TABLE referral_agreements DROP COLUMN other_contact_phone;
ALTER TABLE referral_agreements DROP COLUMN other_contact_email;
