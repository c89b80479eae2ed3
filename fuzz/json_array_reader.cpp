// The streamed reader of large HSDS JSON files: any bytes give elements, the end, or an error;
// never a crash, a hang, or an element that is not valid JSON.
#include <cstddef>
#include <cstdint>

#include "directory/json_array_reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  filet::fuzz::initialize();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  filet::directory::JsonArrayReader reader(text);
  boost::json::value element;
  // Each element takes at least one byte and a comma: more calls than bytes is a loop.
  for (size_t calls = 0;; ++calls) {
    if (calls > size + 1) filet::fuzz::broken("the reader does not reach the end");
    auto more = reader.next(element);
    if (!more || !*more) break;
    filet::fuzz::require_utf8(element, "element");
    filet::fuzz::require_json(boost::json::serialize(element), "element serialized");
  }
  return 0;
}
