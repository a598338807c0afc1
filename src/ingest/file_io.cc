#include "ingest/file_io.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace corroborate::ingest {

ScopedFd::~ScopedFd() {
  if (fd_ >= 0) ::close(fd_);
}

std::string ErrnoReason(int err) {
  switch (err) {
    case ENOENT:
      return "no such file or directory";
    case EACCES:
    case EPERM:
      return "permission denied";
    case ELOOP:
      return "symbolic link loop";
    case EISDIR:
      return "is a directory";
    case ENAMETOOLONG:
      return "file name too long";
    case ENOTDIR:
      return "not a directory";
    default:
      break;
  }
  std::string msg = std::generic_category().message(err);
  if (!msg.empty() && msg[0] >= 'A' && msg[0] <= 'Z') msg[0] = static_cast<char>(msg[0] + 32);
  return "unreadable (" + msg + ")";
}

int ReadBounded(int fd, size_t max_bytes, std::string* out, bool* truncated) {
  constexpr size_t kChunk = 256 * 1024;
  out->clear();
  *truncated = false;
  while (true) {
    size_t old_size = out->size();
    size_t remaining = max_bytes - std::min(old_size, max_bytes);
    size_t want = remaining >= kChunk ? kChunk : remaining + 1;  // +1 to see the overflow
    out->resize(old_size + want);
    ssize_t n;
    do {
      n = ::read(fd, out->data() + old_size, want);
    } while (n < 0 && errno == EINTR);
    if (n < 0) {
      int err = errno;
      out->resize(old_size);
      return err;
    }
    out->resize(old_size + static_cast<size_t>(n));
    if (n == 0) return 0;
    if (out->size() > max_bytes) {
      *truncated = true;
      return 0;
    }
  }
}

}  // namespace corroborate::ingest
