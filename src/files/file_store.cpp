#include "files/file_store.hpp"

#include <fstream>
#include <sstream>

#include "common/ids.hpp"

namespace filet::files {
namespace fs = std::filesystem;

namespace {
bool is_sha256(const std::string& s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string::npos;
}
}  // namespace

fs::path FileStore::path_of(const std::string& sha256) const {
  return root_ / sha256.substr(0, 2) / sha256;
}

Result<void> FileStore::put(const std::string& sha256, std::string_view bytes) const {
  if (!is_sha256(sha256)) return fail(ErrorCode::internal, "file store: not a sha256");
  const auto target = path_of(sha256);
  std::error_code ec;
  if (fs::exists(target, ec)) return {};
  fs::create_directories(target.parent_path(), ec);
  if (ec) return fail(ErrorCode::internal, "file store: " + ec.message());
  const auto temporary = target.parent_path() / (".tmp-" + ids::random_token(8));
  {
    std::ofstream out(temporary, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      fs::remove(temporary, ec);
      return fail(ErrorCode::internal, "file store: cannot write " + temporary.string());
    }
  }
  fs::rename(temporary, target, ec);
  if (ec) {
    fs::remove(temporary, ec);
    return fail(ErrorCode::internal, "file store: cannot rename into " + target.string());
  }
  return {};
}

Result<std::string> FileStore::read(const std::string& sha256) const {
  if (!is_sha256(sha256)) return fail(ErrorCode::not_found);
  std::ifstream in(path_of(sha256), std::ios::binary);
  if (!in) return fail(ErrorCode::not_found, "file store: missing " + sha256);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void FileStore::remove(const std::string& sha256) const {
  if (!is_sha256(sha256)) return;
  std::error_code ignored;
  fs::remove(path_of(sha256), ignored);
}

fs::path default_root(std::string_view db_url) {
  if (db_url.starts_with("sqlite:")) {
    fs::path parent = fs::path(std::string(db_url.substr(7))).parent_path();
    return (parent.empty() ? fs::path(".") : parent) / "files";
  }
  return fs::path("data") / "files";
}

Result<size_t> copy_store(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  fs::create_directories(to, ec);
  if (ec) return fail(ErrorCode::internal, "backup: " + ec.message());
  if (!fs::is_directory(from, ec)) return size_t{0};
  size_t copied = 0;
  for (const auto& entry : fs::recursive_directory_iterator(from, ec)) {
    if (!entry.is_regular_file() || entry.path().filename().string().starts_with(".tmp-")) continue;
    const auto target = to / fs::relative(entry.path(), from);
    fs::create_directories(target.parent_path(), ec);
    fs::copy_file(entry.path(), target, fs::copy_options::overwrite_existing, ec);
    if (ec) return fail(ErrorCode::internal, "backup: cannot copy " + entry.path().string() + ": " + ec.message());
    ++copied;
  }
  if (ec) return fail(ErrorCode::internal, "backup: " + ec.message());
  return copied;
}

}  // namespace filet::files
