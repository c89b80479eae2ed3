#pragma once
// The network map for a request: the organizations of a territory or a program, the links of
// the kinds asked for in the period, counted where the request's scope reads the recording
// organization (at least in aggregate), small counts hidden outside it (network_map.hpp).
#include <boost/json/object.hpp>

#include "db/pool.hpp"
#include "db/scope.hpp"
#include "network/network_repository.hpp"

namespace filet::network {

struct MapRequest {
  std::string territory_id, program_id;
  network_repository::Period period;
  std::string links;  // "" or "all", "referrals", "networking", "key_partners", "agreements"
};

class NetworkService {
 public:
  explicit NetworkService(db::Pool& pool) : pool_(pool) {}
  Result<boost::json::object> map(const db::Scope& scope, const MapRequest& request);

 private:
  db::Pool& pool_;
};

}  // namespace filet::network
