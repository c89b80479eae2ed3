-- The receiving inbox without a consent check per referral (issue 12's benchmark: 5,001
-- referrals for one receiver). Each referral keeps the span of its family's referral_sharing
-- consents with the receiver: the earliest given_on, the latest end (withdrawn_on, or
-- 9999-12-31 while not withdrawn) and how many there are. The inbox compares the span with today
-- in the index (so a consent given or withdrawn at a future date takes effect on that day without
-- a write); with one consent that is its exact validity, with several (a gap may separate them)
-- the exact check on family_consents still runs, for those referrals only. Kept in step by
-- families::entry_repository::refresh_referral_sharing, in the transaction of every consent
-- write and of every new referral.
ALTER TABLE referrals ADD COLUMN shared_from TEXT;
ALTER TABLE referrals ADD COLUMN shared_until TEXT;
ALTER TABLE referrals ADD COLUMN sharing_consents INTEGER NOT NULL DEFAULT 0;
UPDATE referrals SET
  shared_from = (SELECT MIN(k.given_on) FROM family_consents k WHERE k.family_id = referrals.family_id
    AND k.purpose = 'referral_sharing' AND k.partner_organization_id = referrals.to_organization_id),
  shared_until = (SELECT MAX(COALESCE(NULLIF(k.withdrawn_on, ''), '9999-12-31')) FROM family_consents k
    WHERE k.family_id = referrals.family_id AND k.purpose = 'referral_sharing'
    AND k.partner_organization_id = referrals.to_organization_id),
  sharing_consents = (SELECT COUNT(*) FROM family_consents k WHERE k.family_id = referrals.family_id
    AND k.purpose = 'referral_sharing' AND k.partner_organization_id = referrals.to_organization_id);
DROP INDEX referrals_inbox;
CREATE INDEX referrals_received ON referrals (to_organization_id, created_at, sent_at, shared_from, shared_until,
  sharing_consents, organization_id, family_id);
