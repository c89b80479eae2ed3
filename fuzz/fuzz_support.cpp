#include "fuzz_support.hpp"

#include <spdlog/spdlog.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "app/application.hpp"
#include "common/text.hpp"

namespace filet::fuzz {
namespace fs = std::filesystem;
namespace json = boost::json;

namespace {
fs::path scratch_folder;

void remove_scratch() {
  std::error_code ec;
  if (!scratch_folder.empty()) fs::remove_all(scratch_folder, ec);
}

fs::path template_database() {
  static const fs::path path = [] {
    fs::path file = scratch() / "template.db";
    auto pool = app::open_database("sqlite:" + file.string(), 1);
    if (!pool) broken("cannot create the template database: " + pool.error().detail);
    (*pool)->close(std::chrono::seconds(1));
    return file;
  }();
  return path;
}
}  // namespace

void initialize() {
  spdlog::set_level(spdlog::level::off);
  std::string name = "filet-fuzz-" + std::to_string(::getpid());
  scratch_folder = fs::temp_directory_path() / name;
  fs::create_directories(scratch_folder);
  std::atexit(remove_scratch);
  template_database();
}

const fs::path& scratch() {
  return scratch_folder;
}

void write_file(const fs::path& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out) broken("cannot write " + path.string());
}

std::unique_ptr<db::Pool> fresh_database() {
  fs::path file = scratch() / "work.db";
  for (const char* ext : {"", "-wal", "-shm", "-journal"}) fs::remove(file.string() + ext);
  fs::copy_file(template_database(), file);
  auto pool = app::open_database("sqlite:" + file.string(), 1);
  if (!pool) broken("cannot open the database: " + pool.error().detail);
  return std::move(*pool);
}

void broken(const std::string& what) {
  std::fprintf(stderr, "filet fuzz: %s\n", what.c_str());
  std::fflush(stderr);
  std::abort();
}

void require_utf8(const json::value& v, std::string_view where) {
  if (v.is_string()) {
    if (!text::is_valid_utf8(v.as_string())) broken(std::string(where) + ": a string is not valid UTF-8");
  } else if (v.is_array()) {
    for (const auto& item : v.as_array()) require_utf8(item, where);
  } else if (v.is_object()) {
    for (const auto& [key, item] : v.as_object()) {
      if (!text::is_valid_utf8(key)) broken(std::string(where) + ": a key is not valid UTF-8");
      require_utf8(item, where);
    }
  }
}

void require_json(std::string_view text, std::string_view where) {
  if (!text::is_valid_utf8(text)) broken(std::string(where) + ": not valid UTF-8");
  boost::system::error_code ec;
  json::value parsed = json::parse(text, ec);
  if (ec) broken(std::string(where) + ": not valid JSON (" + ec.message() + ")");
}

}  // namespace filet::fuzz
