#pragma once
// `filet demo`: fills an empty database with the demo network (territories, organizations,
// programs and one account per role), all through the modules' services.
#include "common/secret_box.hpp"
#include "db/pool.hpp"
#include "files/file_store.hpp"

namespace filet::demo {

inline constexpr std::string_view kDemoPassword = "filet-demo-2026";
// The demo admin signs in with two-step sign-in, from this fixed secret (base32, documented in
// the README; tests compute codes from it with tests/demo_totp.mjs). Never in a real deployment.
inline constexpr std::string_view kDemoTotpSecret = "FILETDEMOADMINTOTPSECRET234567AB";

struct DemoSummary {
  size_t territories = 0, organizations = 0, programs = 0, users = 0, services = 0;
  size_t outreach_entries = 0, networking_entries = 0;  // the outreach journal (demo_journal.hpp)
  size_t families = 0;
  size_t referrals = 0;                     // demo_referrals.hpp
  size_t gaps = 0;                          // service gaps (demo_gaps.hpp)
  size_t key_partners = 0, agreements = 0;  // partnerships (demo_partnerships.hpp)
  size_t groups = 0, group_sessions = 0;    // demo_groups.hpp
  // demo_questionnaires.hpp
  size_t questionnaires = 0, survey_campaigns = 0, survey_responses = 0;
};

// Refuses a database that already has accounts, so demo data never mixes with real data.
// Admins are enrolled in two-step sign-in with kDemoTotpSecret, sealed with `box`. A few demo
// families get a (fictitious) identity, sealed under `box`, only when `seal_identities`.
// `store`: the file store the demo programs' materials go to (none: no materials).
Result<DemoSummary> load_demo_network(db::Pool& pool, const SecretBox& box, bool seal_identities = false,
                                      const files::FileStore* store = nullptr);

}  // namespace filet::demo
