#pragma once
// Writes JSON straight into a string, without building a DOM first: the read path's encoders
// (lists and records) write their responses with it. Its bytes are those boost::json::serialize
// gives for the same values: `"` and `\` escaped, \b \t \n \f \r short, the other control
// characters as \u00xx (lower-case hex), everything else (bytes >= 0x80 included, valid UTF-8 or
// not) copied as it is; numbers as Boost.JSON prints them.
//
//   JsonWriter w(out);
//   w.begin_object().field("id", id).nullable_field("email", email).key("tags").begin_array();
//   for (auto& t : tags) w.value(t);
//   w.end_array().end_object();
//
// Commas are the writer's business; nesting is the caller's (each begin_ has its end_).
#include <boost/json/fwd.hpp>
#include <concepts>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace filet {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  // The key of the next member of an object; its value follows.
  JsonWriter& key(std::string_view name);
  // A key written in the code ("id"): an identifier, with nothing to escape, so it is copied as
  // it is (a tenth of a list's instructions went to checking keys).
  template <size_t N>
  JsonWriter& key(const char (&name)[N]) {
    static_assert(N > 1, "a key is not empty");
    literal_key(name, N - 1);
    return *this;
  }

  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool b);
  template <std::integral I>
  requires(!std::same_as<I, bool>) JsonWriter& value(I number) {
    if constexpr (std::is_signed_v<I>)
      return signed_number(number);
    else
      return unsigned_number(number);
  }
  JsonWriter& value(double number);
  JsonWriter& value(std::nullptr_t) { return null(); }
  // A value already built as a DOM, serialized in place (for the encoders not moved yet).
  JsonWriter& dom(const boost::json::value& built);
  JsonWriter& null();

  template <class V>
  JsonWriter& field(std::string_view name, const V& v) {
    key(name);
    return value(v);
  }
  template <size_t N, class V>
  JsonWriter& field(const char (&name)[N], const V& v) {
    key(name);
    return value(v);
  }
  // The text, or null when it is empty (optional text columns are stored as "").
  JsonWriter& nullable_field(std::string_view name, std::string_view text) {
    key(name);
    return text.empty() ? null() : value(text);
  }
  template <size_t N>
  JsonWriter& nullable_field(const char (&name)[N], std::string_view text) {
    key(name);
    return text.empty() ? null() : value(text);
  }

 private:
  JsonWriter& open(char bracket);
  JsonWriter& close(char bracket);
  JsonWriter& signed_number(int64_t n);
  JsonWriter& unsigned_number(uint64_t n);
  void separate() {
    if (need_comma_) out_ += ',';
    need_comma_ = true;
  }
  void quoted(std::string_view text);
  void literal_key(const char* name, size_t size) {
    const bool comma = need_comma_;
    const size_t start = out_.size();
    const size_t total = start + comma + size + 3;
    // The length is returned from `total`, not from the size the operation is given: g++ 12's
    // library passes the new capacity there when the string grows.
    out_.resize_and_overwrite(total, [&](char* p, size_t) {
      p += start;
      if (comma) *p++ = ',';
      *p++ = '"';
      std::memcpy(p, name, size);
      p[size] = '"';
      p[size + 1] = ':';
      return total;
    });
    need_comma_ = false;
  }
  // Writes [,]"text"[after] when text needs no escaping; false (nothing written) otherwise.
  bool plain_quoted(std::string_view text, char after);

  std::string& out_;
  // After a value or a closing bracket, the next value or key needs a comma; after an opening
  // bracket or a key, it does not. No stack is needed for that.
  bool need_comma_ = false;
};

// A record's JSON text, by its module's write_json (error bodies that carry a record).
template <class Record>
requires requires(JsonWriter& w, const Record& r) {
  write_json(w, r);
}
std::string json_text(const Record& record) {
  std::string out;
  JsonWriter w(out);
  write_json(w, record);
  return out;
}

}  // namespace filet
