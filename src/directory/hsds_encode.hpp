#pragma once
// Filet records written as HSDS 3.1 objects. HSDS holds one string per field: the language asked
// for fills them (falling back to the other), and the extension object "x_filet" carries both
// languages, the waiting list and the verification, so that an export imports again losslessly.
#include <boost/json.hpp>
#include <map>
#include <string>

#include "core/organization.hpp"
#include "db/database.hpp"
#include "directory/need_taxonomy.hpp"
#include "directory/service.hpp"

namespace filet::directory {

struct HsdsContext {
  std::string lang = "fr";
  std::map<std::string, NeedTerm> terms;               // by id
  std::map<std::string, std::string> territory_names;  // by id
};

Result<HsdsContext> hsds_context(db::Connection& c, std::string lang);

boost::json::object hsds_service(const Service& s, const HsdsContext& context);
boost::json::object hsds_organization(const core::Organization& o);
// A location as the export writes it (its HSDS document with Filet's fields over it).
boost::json::object hsds_location(const LocationRef& l);
boost::json::object hsds_taxonomy_term(const NeedTerm& t, const HsdsContext& context);
boost::json::object hsds_service_at_location(const Service& s, const LocationRef& l, const HsdsContext& context);

// The display name of a language code in French or English ("es" -> "espagnol" / "Spanish").
std::string language_name(std::string_view code, std::string_view lang);

}  // namespace filet::directory
