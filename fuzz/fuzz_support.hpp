#pragma once
// What the importer fuzz targets share: a scratch folder of their own, a fresh migrated SQLite
// database per input, and the checks that turn a silent wrong result into a crash the fuzzer sees.
#include <boost/json.hpp>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "db/pool.hpp"

namespace filet::fuzz {

// Logging off and the scratch folder made; called once from LLVMFuzzerInitialize.
void initialize();

// This process's scratch folder (removed at exit).
const std::filesystem::path& scratch();

// Writes `bytes` to `path`, replacing it.
void write_file(const std::filesystem::path& path, std::string_view bytes);

// A fresh database with every migration applied, copied from a template made once.
std::unique_ptr<db::Pool> fresh_database();

// Prints what broke and aborts: libFuzzer saves the input that did it.
[[noreturn]] void broken(const std::string& what);

// Every string and key in `v` is valid UTF-8 (the importer's promise to the database and exports).
void require_utf8(const boost::json::value& v, std::string_view where);

// `text` is one valid JSON document.
void require_json(std::string_view text, std::string_view where);

}  // namespace filet::fuzz
