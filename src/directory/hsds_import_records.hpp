#pragma once
// One HSDS record read into Filet's model, without the database: a service's own fields (text,
// status, ages, links, Filet's extension) and an organization, each checked by the same field
// rules as the API. Used by hsds_import.cpp.
#include <boost/json.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.hpp"
#include "directory/hsds_import.hpp"
#include "directory/hsds_import_repository.hpp"
#include "directory/service.hpp"

namespace filet::directory::hsds_records {

// Why a record is not imported: the first field that breaks a rule.
struct Rejection {
  FieldError reason;
};

std::string str(const boost::json::object& o, std::string_view key);
const boost::json::object* object_at(const boost::json::object& o, std::string_view key);
const boost::json::array* array_at(const boost::json::object& o, std::string_view key);

// The parts of a service record that need no database: text, status, ages, Filet's extension.
std::optional<Rejection> read_service(const boost::json::object& in, const ImportOptions& options, Service& s);
// An HSDS organization; `prefix` names where it sat ("organization." when embedded in a service).
std::optional<Rejection> read_organization(const boost::json::object& in, const std::string& prefix,
                                           hsds_import_repository::OrganizationRow& o);

}  // namespace filet::directory::hsds_records
