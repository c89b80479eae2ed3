#pragma once
// HSDS 3.1 JSON into Filet: services (with their organization, locations and taxonomy terms)
// are created or updated by id. Every rejected record is reported with its reason; with
// `strict`, one rejected record means nothing is imported.
#include <boost/json.hpp>
#include <functional>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "db/pool.hpp"

namespace filet::directory {

struct ImportOptions {
  bool strict = false;
  std::string lang = "fr";  // the language of HSDS text fields that come without x_filet
  // A large file: on SQLite, the secondary indexes are dropped for the import and built again
  // at its end, and the full-text rows written in one pass (much faster than row by row).
  bool bulk = false;
  // Lets a record move a service to another organization or rewrite another organization's
  // location (refused and reported otherwise); each such change is listed in the report.
  bool allow_reassign = false;
};

struct RejectedRecord {
  size_t index;
  std::string id;
  FieldError reason;
  std::string source = {};  // where the record came from, when not from a JSON array: "phones.csv:12"
};

// A change an import made to another organization's data (only with allow_reassign).
struct Reassignment {
  std::string kind;  // "service": moved to another organization; "location": rewritten
  std::string id, from_organization_id, to_organization_id;
};

struct ImportReport {
  size_t imported = 0;
  size_t updated = 0;
  size_t organizations_imported = 0;  // organizations that came as records of their own
  std::vector<RejectedRecord> rejected;
  std::vector<Reassignment> reassigned;
  boost::json::object to_json() const;
};

// HSDS services have a status and name their organization; organizations have neither. The import
// takes a record of each kind (a folder of one-record files mixes them).
bool is_organization_record(const boost::json::object& record);

// Hands the next record to `out`; false when there are no more.
using RecordSource = std::function<Result<bool>(boost::json::value& out)>;

Result<ImportReport> import_hsds(db::Pool& pool, const RecordSource& source, const ImportOptions& options,
                                 const std::string& actor_email, const std::string& request_id);
// `input` is an array of HSDS services or one service object.
Result<ImportReport> import_hsds(db::Pool& pool, const boost::json::value& input, const ImportOptions& options,
                                 const std::string& actor_email, const std::string& request_id);

}  // namespace filet::directory
