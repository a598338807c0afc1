#include "ingest/line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace corroborate::ingest {
namespace {
constexpr size_t kReadChunk = 1 << 20;
}  // namespace

LineReader::LineReader(int fd, std::string prefix, size_t max_line_bytes)
    : fd_(fd), buffer_(std::move(prefix)), max_line_bytes_(max_line_bytes), eof_(fd < 0) {}

LineReader::LineReader(ReadFunction read, std::string prefix, size_t max_line_bytes)
    : fd_(-1),
      read_(std::move(read)),
      buffer_(std::move(prefix)),
      max_line_bytes_(max_line_bytes),
      eof_(!read_) {}

bool LineReader::Refill() {
  if (eof_) return false;
  // Drop consumed bytes first so the buffer holds at most one partial line plus a chunk.
  buffer_.erase(0, pos_);
  pos_ = 0;
  size_t old_size = buffer_.size();
  buffer_.resize(old_size + kReadChunk);
  ssize_t n;
  do {
    n = read_ ? read_(buffer_.data() + old_size, kReadChunk)
              : ::read(fd_, buffer_.data() + old_size, kReadChunk);
  } while (n < 0 && errno == EINTR);
  if (n <= 0) {
    if (n < 0) error_ = errno;
    buffer_.resize(old_size);
    eof_ = true;
    return false;
  }
  buffer_.resize(old_size + static_cast<size_t>(n));
  return true;
}

bool LineReader::Next(Line* line) {
  line->text.clear();
  line->length = 0;
  line->too_long = false;
  if (pos_ >= buffer_.size() && !Refill()) return false;
  size_t skipped = 0;  // bytes of an over-long line already thrown away
  size_t scanned = 0;  // bytes after pos_ known to hold no '\n' (keeps long lines linear)
  while (true) {
    const char* start = buffer_.data() + pos_;
    size_t avail = buffer_.size() - pos_;
    const void* nl =
        avail == scanned ? nullptr : std::memchr(start + scanned, '\n', avail - scanned);
    scanned = avail;
    size_t len = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (nl != nullptr || eof_) {
      line->number = ++line_number_;
      line->length = skipped + len;
      line->too_long = line->length > max_line_bytes_;
      if (!line->too_long) {
        line->text.assign(start, len);
        if (!line->text.empty() && line->text.back() == '\r') line->text.pop_back();
      }
      pos_ += len + (nl ? 1 : 0);
      return true;
    }
    if (avail > max_line_bytes_) {  // too long: discard what we have, keep scanning
      skipped += avail;
      pos_ = buffer_.size();
      scanned = 0;
    }
    if (!Refill()) {
      // End of input inside the line: loop once more to emit what is left.
      if (pos_ >= buffer_.size() && skipped == 0) return false;
    }
  }
}

}  // namespace corroborate::ingest
