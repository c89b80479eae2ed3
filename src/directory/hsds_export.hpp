#pragma once
// The whole directory as HSDS 3.1 JSON, written in batches so memory stays flat as it grows.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "db/database.hpp"
#include "db/pool.hpp"
#include "http/message.hpp"

namespace filet::directory {

using Sink = std::function<void(std::string_view)>;

// A JSON array of full HSDS service objects.
Result<void> write_services(db::Connection& c, const std::string& lang, const Sink& sink);
Result<std::string> export_services_json(db::Connection& c, const std::string& lang);

enum class StreamFormat { json_array, ndjson };
// A body producer for HTTP: the services `ids`, as a JSON array or one per line, 500 at a time,
// read from one snapshot held by a pooled connection until the last piece.
Result<http::BodyProducer> services_stream(db::Pool& pool, std::vector<std::string> ids, std::string lang,
                                           StreamFormat format);
// services.json, organizations.json, taxonomies.json and taxonomy_terms.json in `directory`.
Result<size_t> export_to_folder(db::Connection& c, const std::string& directory, const std::string& lang);

}  // namespace filet::directory
