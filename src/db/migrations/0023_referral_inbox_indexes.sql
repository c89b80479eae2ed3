-- The receiving inbox (issue 12's benchmark: 200,000 referrals): the referrals addressed to an
-- organization newest first, and the consent each one needs checked from the index alone.
CREATE INDEX referrals_inbox ON referrals (to_organization_id, created_at, sent_at, organization_id, family_id);
CREATE INDEX family_consents_sharing ON family_consents (family_id, purpose, partner_organization_id, given_on, withdrawn_on);
