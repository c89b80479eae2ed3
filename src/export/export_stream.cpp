#include "export/export_stream.hpp"

namespace filet::exports {

bool ExportStream::next(std::string& chunk) {
  if (!rows_done_) {
    auto more = source_(*writer_);
    if (!more) return false;
    if (!*more) {
      if (!writer_->finish()) return false;
      rows_done_ = true;
    }
  }
  return writer_->take(chunk) || !rows_done_;
}

}  // namespace filet::exports
