#pragma once
// The SQL of the network map: the organizations of a territory (and the places within it) or of
// a program, and the links between organizations counted from the records — referrals sent and
// networking entries naming an organization of Filet, key partners chosen among them, referral
// agreements — wherever the request's scope reads the recording organization (either side of an
// agreement) at least in aggregate.
#include <string>
#include <vector>

#include "db/scope.hpp"
#include "network/network_figures.hpp"

namespace filet::network::network_repository {

struct MapOrganization {
  std::string id, name, sector;
};
struct Period {
  std::string from, to;  // YYYY-MM-DD, "" = open
};

// Active organizations; of a territory and every place within it, of a program, or all ("" = any).
Result<std::vector<MapOrganization>> organizations(db::ScopedConnection& c, const std::string& territory_id,
                                                   const std::string& program_id);
// Referrals sent in the period, per sender → receiver: their count and how many completed. Only
// between `among` when given (the map's organizations), so a territory's map reads its own links.
Result<std::vector<Link>> referral_links(db::ScopedConnection& c, const Period& period,
                                         const std::vector<std::string>& among);
// Networking entries of the period naming an organization of Filet, per recorder → partner.
Result<std::vector<Link>> networking_links(db::ScopedConnection& c, const Period& period,
                                           const std::vector<std::string>& among);
// Key partners chosen among Filet's organizations for a period overlapping this one, per
// choosing organization → partner: how many choices (a practitioner's and a manager's count apart).
Result<std::vector<Link>> key_partner_links(db::ScopedConnection& c, const Period& period,
                                            const std::vector<std::string>& among);
// Active referral agreements begun by the period's end, one mutual link per pair of organizations,
// wherever the scope reads either side.
Result<std::vector<Link>> agreement_links(db::ScopedConnection& c, const Period& period,
                                          const std::vector<std::string>& among);

}  // namespace filet::network::network_repository
