#pragma once
// The demo's outreach journal: an outreach worker (practitioner) and a manager account for every
// host organization of the demo's outreach program, then 12 months of outreach and networking
// entries made from a fixed seed, with urban / rural differences in the spirit of seed 003 (more
// parks and streets in the city, more via organizations and municipalities in rural places).
#include <boost/json/object.hpp>
#include <map>
#include <string>
#include <vector>

#include "audit/audit_log.hpp"
#include "db/pool.hpp"

namespace filet::demo {

// The program whose host organizations get journal accounts and entries.
inline constexpr std::string_view kOutreachProgram = "proximite-0-5";

// One host organization's outreach team, as the later demo steps need it (families are assigned
// to the practitioners of their organization).
struct OutreachTeam {
  std::string organization_key;
  std::string organization_id;
  std::string setting;  // urban, rural or mixed: its first territory's
  std::vector<std::string> territory_ids;
  std::string worker_id;   // the outreach worker (practitioner)
  std::string manager_id;  // the manager
};

// The accounts of each host organization (community organizations of the program; its round
// table and its university team coordinate and evaluate instead). An organization that already
// has a practitioner and a manager among the demo's accounts (`user_ids`: e-mail → id) keeps them.
Result<std::vector<OutreachTeam>> add_outreach_teams(db::Pool& pool, const audit::Actor& actor,
                                                     const boost::json::object& network,
                                                     const std::map<std::string, std::string>& organization_ids,
                                                     const std::map<std::string, std::string>& territory_ids,
                                                     const std::map<std::string, std::string>& user_ids);

struct JournalDemoSummary {
  size_t outreach = 0, networking = 0;
};
// The entries, in one transaction; the same seed gives the same entries, dated back from today.
Result<JournalDemoSummary> load_demo_journal(db::Pool& pool, const std::vector<OutreachTeam>& teams,
                                             const std::map<std::string, std::string>& organization_ids);

}  // namespace filet::demo
