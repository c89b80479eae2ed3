#include "directory/json_array_reader.hpp"

#include "common/field_rules.hpp"
#include "common/text.hpp"

namespace filet::directory {
namespace {
bool space(char c) {
  return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}
}  // namespace

Result<size_t> JsonArrayReader::element_end(size_t from) const {
  int depth = 0;
  bool in_string = false;
  for (size_t i = from; i < text_.size(); ++i) {
    char c = text_[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      ++depth;
    } else if (c == '}' || c == ']') {
      if (depth == 0) return i;  // the enclosing array ends
      --depth;
    } else if (c == ',' && depth == 0) {
      return i;
    }
  }
  return fail(ErrorCode::malformed_json, "unterminated JSON array");
}

Result<bool> JsonArrayReader::next(boost::json::value& out) {
  if (done_) return false;
  while (position_ < text_.size() && space(text_[position_])) ++position_;
  if (!started_) {
    started_ = true;
    if (position_ < text_.size() && text_[position_] == '{')
      single_ = true;
    else if (position_ < text_.size() && text_[position_] == '[')
      ++position_;
    else
      return fail(ErrorCode::malformed_json, "expected a JSON array or object");
  }
  size_t end;
  if (single_) {
    end = text_.size();
    done_ = true;
  } else {
    while (position_ < text_.size() && space(text_[position_])) ++position_;
    if (position_ < text_.size() && text_[position_] == ']') {
      done_ = true;
      return false;
    }
    end = TRY(element_end(position_));
  }
  std::string_view element = text_.substr(position_, end - position_);
  if (!text::is_valid_utf8(element))
    return fail(ErrorCode::invalid_utf8, "invalid UTF-8 near byte " + std::to_string(position_));
  boost::system::error_code ec;
  out = boost::json::parse(element, ec);
  if (ec) return fail(ErrorCode::malformed_json, "near byte " + std::to_string(position_) + ": " + ec.message());
  // Boost.JSON reads 5e555555 as infinity, which no JSON can write back: refused like the API does.
  if (!field_rules::is_finite_everywhere(out))
    return fail(ErrorCode::malformed_json, "near byte " + std::to_string(position_) + ": a number out of range");
  position_ = end;
  if (!single_ && position_ < text_.size() && text_[position_] == ',')
    ++position_;
  else if (!single_)
    done_ = true;  // the closing bracket
  return true;
}

}  // namespace filet::directory
