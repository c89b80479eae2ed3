#pragma once
// Reads the elements of a large top-level JSON array one at a time, so that importing a file of
// 100,000 services holds one service in memory, not the whole document.
#include <boost/json.hpp>
#include <string_view>

#include "common/error.hpp"

namespace filet::directory {

class JsonArrayReader {
 public:
  // `text` is the whole document (e.g. a memory-mapped file): an array, or a single object.
  explicit JsonArrayReader(std::string_view text) : text_(text) {}
  // The next element in `out`; false at the end of the array.
  Result<bool> next(boost::json::value& out);

 private:
  Result<size_t> element_end(size_t from) const;
  std::string_view text_;
  size_t position_ = 0;
  bool started_ = false, single_ = false, done_ = false;
};

}  // namespace filet::directory
