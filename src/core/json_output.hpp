#pragma once
// Small helpers to write records as JSON the same way everywhere.
#include <boost/json.hpp>
#include <string>

namespace filet::core {

inline boost::json::value nullable(const std::string& s) {
  if (s.empty()) return nullptr;
  return boost::json::string(s);
}

}  // namespace filet::core
