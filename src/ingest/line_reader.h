// Splits a byte stream into lines without holding more than one line (plus a 1 MiB read buffer)
// in memory, so JSON lines files of any size stream. Lines longer than max_line_bytes are
// skipped over (reported as too long, never buffered). Not thread-safe; one reader per stream.
#pragma once

#include <sys/types.h>

#include <cstddef>
#include <functional>
#include <string>

namespace corroborate::ingest {

class LineReader {
 public:
  // Serves `prefix` first, then reads from `fd` until end of file; fd < 0 means `prefix` is
  // the whole input. The fd is not owned (not closed here).
  LineReader(int fd, std::string prefix, size_t max_line_bytes);

  // Reads through `read` instead of a descriptor (e.g. a gzip stream): it fills up to n bytes
  // and returns how many, 0 at the end, or -1 with errno set.
  using ReadFunction = std::function<ssize_t(char* out, size_t n)>;
  LineReader(ReadFunction read, std::string prefix, size_t max_line_bytes);

  struct Line {
    std::string text;   // without the '\n' and a trailing '\r'; empty when too_long
    size_t number = 0;  // 1-based
    size_t length = 0;  // full length in bytes, even when too long
    bool too_long = false;
  };

  // Fills *line with the next line; false at the end of input or on a read error.
  bool Next(Line* line);

  // errno of a failed read(), 0 when the input ended normally.
  int error() const { return error_; }

  size_t max_line_bytes() const { return max_line_bytes_; }

 private:
  bool Refill();

  int fd_;
  ReadFunction read_;
  std::string buffer_;
  size_t pos_ = 0;
  size_t max_line_bytes_;
  size_t line_number_ = 0;
  bool eof_ = false;
  int error_ = 0;
};

}  // namespace corroborate::ingest
