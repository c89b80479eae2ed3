#pragma once
// An export as a stream of chunks for the server's body producer: asks its source for a batch
// of rows at a time, writes them, and hands out what the writer has ready, so neither the rows
// nor the file are ever held whole in memory.
#include <functional>
#include <memory>
#include <string>

#include "export/table_writer.hpp"

namespace filet::exports {

// Writes the next batch of rows into the writer; returns whether more batches follow.
using RowSource = std::function<Result<bool>(TableWriter&)>;

class ExportStream {
 public:
  ExportStream(std::unique_ptr<TableWriter> writer, RowSource source)
      : writer_(std::move(writer)), source_(std::move(source)) {}

  // Appends the next piece of the file to `chunk` (possibly nothing while an XLSX file is being
  // built); false after the last piece, or when the source fails (the download is then cut short:
  // the status line has gone already).
  bool next(std::string& chunk);

  const TableWriter& writer() const { return *writer_; }

 private:
  std::unique_ptr<TableWriter> writer_;
  RowSource source_;
  bool rows_done_ = false;
};

}  // namespace filet::exports
