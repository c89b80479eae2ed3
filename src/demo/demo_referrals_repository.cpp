#include "demo/demo_referrals_repository.hpp"

namespace filet::demo::demo_referrals_repository {
namespace {

Result<std::vector<ConsentingFamily>> families(db::Connection& c, const std::string& sql) {
  std::vector<ConsentingFamily> out;
  TRY_VOID(c.each(sql, {}, [&](const db::Row& r) {
    out.push_back({r.text(0), r.text(1), r.text(2), r.text(3), r.text(4)});
    return true;
  }));
  return out;
}

}  // namespace

Result<std::vector<ConsentingFamily>> consenting_families(db::Connection& c) {
  return families(
      c,
      "SELECT f.id, f.organization_id, COALESCE(f.worker_id, ''), k.partner_organization_id, k.given_on FROM "
      "families f JOIN family_consents k ON k.family_id = f.id WHERE k.purpose = 'referral_sharing' AND "
      "k.withdrawn_on IS NULL AND k.partner_organization_id IS NOT NULL ORDER BY f.id");
}

Result<std::vector<ConsentingFamily>> families_without_consent(db::Connection& c) {
  return families(
      c,
      "SELECT f.id, f.organization_id, COALESCE(f.worker_id, ''), '', f.created_at FROM families f WHERE NOT "
      "EXISTS (SELECT 1 FROM family_consents k WHERE k.family_id = f.id AND k.purpose = "
      "'referral_sharing') ORDER BY f.id");
}

}  // namespace filet::demo::demo_referrals_repository
