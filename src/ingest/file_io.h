// Low-level reading for ingest: an owning file descriptor, bounded whole-stream reads, and
// errno turned into the one-line reasons users see ("permission denied"). POSIX only.
// Thread-safe (no shared state).
#pragma once

#include <cstddef>
#include <string>

namespace corroborate::ingest {

// Closes the descriptor on destruction.
class ScopedFd {
 public:
  explicit ScopedFd(int fd) : fd_(fd) {}
  ~ScopedFd();
  ScopedFd(const ScopedFd&) = delete;
  ScopedFd& operator=(const ScopedFd&) = delete;
  int get() const { return fd_; }

 private:
  int fd_;
};

// A short lower-case reason for an errno value: "no such file or directory".
std::string ErrnoReason(int err);

// Reads `fd` to its end, but stops once more than max_bytes were read (then *truncated is
// true and *out holds max_bytes + 1 bytes or a bit more). Returns 0 or the errno of a failed
// read.
int ReadBounded(int fd, size_t max_bytes, std::string* out, bool* truncated);

}  // namespace corroborate::ingest
