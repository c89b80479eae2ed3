#include "directory/hsds_export.hpp"

#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <optional>

#include "core/organization_repository.hpp"
#include "directory/hsds_csv.hpp"
#include "directory/hsds_encode.hpp"
#include "directory/hsds_repository.hpp"
#include "directory/service_repository.hpp"

namespace filet::directory {
namespace {
constexpr size_t kBatch = 500;

Result<void> write_file(const std::filesystem::path& path, const std::function<Result<void>(const Sink&)>& body) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return fail(ErrorCode::unavailable, "cannot write " + path.string());
  TRY_VOID(body([&](std::string_view chunk) { out.write(chunk.data(), static_cast<std::streamsize>(chunk.size())); }));
  out.flush();
  if (!out) return fail(ErrorCode::unavailable, "cannot write " + path.string());
  return {};
}

}  // namespace

Result<void> write_services(db::Connection& c, const std::string& lang, const Sink& sink) {
  auto context = TRY(hsds_context(c, lang));
  auto ids = TRY(service_repository::all_ids(c));
  sink("[");
  bool first = true;
  for (size_t start = 0; start < ids.size(); start += kBatch) {
    std::vector<std::string> batch(ids.begin() + start, ids.begin() + std::min(ids.size(), start + kBatch));
    for (const auto& s : TRY(service_repository::load(c, batch))) {
      sink(first ? "\n" : ",\n");
      first = false;
      sink(boost::json::serialize(hsds_service(s, context)));
    }
  }
  sink("\n]\n");
  return {};
}

Result<http::BodyProducer> services_stream(db::Pool& pool, std::vector<std::string> ids, std::string lang,
                                           StreamFormat format) {
  struct State {
    db::Pool::Lease connection;
    std::optional<db::Transaction> snapshot;
    HsdsContext context;
    std::vector<std::string> ids;
    size_t next = 0;
    bool started = false;
  };
  auto state = std::make_shared<State>(State{TRY(pool.acquire()), std::nullopt, {}, std::move(ids)});
  state->snapshot.emplace(TRY(db::Transaction::begin_read(*state->connection)));
  state->context = TRY(hsds_context(*state->connection, lang));
  bool array = format == StreamFormat::json_array;
  return http::BodyProducer([state, array](std::string& chunk) {
    if (!state->started) {
      state->started = true;
      if (array) chunk += "[";
    }
    size_t end = std::min(state->ids.size(), state->next + kBatch);
    std::vector<std::string> batch(state->ids.begin() + state->next, state->ids.begin() + end);
    auto services = service_repository::load(*state->connection, batch);
    if (!services) return false;  // a database error mid-stream: the connection is cut short
    for (const auto& s : *services) {
      if (array) chunk += state->next == 0 && &s == &services->front() ? "\n" : ",\n";
      chunk += boost::json::serialize(hsds_service(s, state->context));
      if (!array) chunk += "\n";
    }
    state->next = end;
    if (state->next < state->ids.size()) return true;
    if (array) chunk += "\n]\n";
    state->snapshot.reset();  // ends the read transaction before the connection goes back
    return false;
  });
}

Result<std::string> export_services_json(db::Connection& c, const std::string& lang) {
  std::string out;
  TRY_VOID(write_services(c, lang, [&](std::string_view chunk) { out += chunk; }));
  return out;
}

Result<size_t> export_to_folder(db::Connection& c, const std::string& directory, const std::string& lang) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) return fail(ErrorCode::unavailable, "cannot create " + directory + ": " + ec.message());
  std::filesystem::path dir(directory);
  size_t services = 0;
  TRY_VOID(write_file(dir / "services.json", [&](const Sink& sink) -> Result<void> {
    return write_services(c, lang, [&](std::string_view chunk) {
      if (chunk.starts_with(",\n") || chunk == "\n") ++services;
      sink(chunk);
    });
  }));
  auto context = TRY(hsds_context(c, lang));
  TRY_VOID(write_file(dir / "organizations.json", [&](const Sink& sink) -> Result<void> {
    sink("[");
    core::ListQuery all;
    all.per_page = 1'000'000;
    auto page = TRY(core::organization_repository::list(c, all, {}));
    for (size_t i = 0; i < page.items.size(); ++i)
      sink((i ? ",\n" : "\n") + boost::json::serialize(hsds_organization(page.items[i])));
    sink("\n]\n");
    return {};
  }));
  TRY_VOID(write_file(dir / "taxonomy_terms.json", [&](const Sink& sink) -> Result<void> {
    sink("[");
    bool first = true;
    for (const auto& [id, term] : context.terms) {
      sink((first ? "\n" : ",\n") + boost::json::serialize(hsds_taxonomy_term(term, context)));
      first = false;
    }
    sink("\n]\n");
    return {};
  }));
  TRY_VOID(write_file(dir / "taxonomies.json", [&](const Sink& sink) -> Result<void> {
    sink("[");
    bool first = true;
    db::ListQuery all;
    all.per_page = 1'000'000;  // a few taxonomies: all of them
    for (const auto& t : TRY(hsds_repository::taxonomies(c, all)).items) {
      sink((first ? "\n" : ",\n") + boost::json::serialize(t));
      first = false;
    }
    sink("\n]\n");
    return {};
  }));
  // The same services as the CSV tabular package, in DIR/csv.
  TRY_VOID(write_csv_package(c, (dir / "csv").string(), lang));
  return services;
}

}  // namespace filet::directory
