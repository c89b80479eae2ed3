#pragma once
// Services as Filet's own API writes them (docs/directory-api.md): full and summary forms.
#include <boost/json.hpp>
#include <optional>
#include <string>

#include "directory/need_taxonomy.hpp"
#include "directory/service.hpp"

namespace filet::directory {

boost::json::object service_json(const Service& s, const std::string& lang, bool can_edit);
boost::json::object summary_json(const Service& s, const std::string& lang, std::optional<double> distance_km);
boost::json::object need_json(const NeedTerm& t);
// What a public service page shows a family: no contacts' names, verification or internal ids.
boost::json::object public_service_json(const Service& s, const std::string& lang);

}  // namespace filet::directory
