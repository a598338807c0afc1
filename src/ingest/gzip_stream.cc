#include "ingest/gzip_stream.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>

#include "ingest/file_io.h"

namespace corroborate::ingest {
namespace {

constexpr size_t kInputChunk = 256 * 1024;
// Bytes a candidate member found by scanning must inflate to before it is trusted, when the
// caller named no expected start. A false header inside deflate data fails long before this.
constexpr size_t kVerifyBytes = 64;
constexpr size_t kVerifyBuffer = 4096;
constexpr char kGzipMagic[] = "\x1f\x8b\x08";  // ID1 ID2 CM=deflate

}  // namespace

GzipStream::GzipStream(int fd, std::string prefix)
    : fd_(fd), in_(std::move(prefix)), in_end_(in_.size()) {
  if (fd_ < 0) input_done_ = true;
}

GzipStream::~GzipStream() {
  if (z_ready_) inflateEnd(&z_);
}

std::string GzipStream::TakeProblem() {
  std::string p = std::move(problem_);
  problem_.clear();
  if (state_ == State::kBroken) state_ = State::kOk;
  return p;
}

bool GzipStream::at_member_start() const {
  if (mode_ != Mode::kGzip || state_ != State::kOk) return false;
  if (pending_pos_ < pending_.size()) return member_returned_ == 0;
  return !in_member_ || member_returned_ == 0;
}

void GzipStream::SkipToNextMember() {
  if (mode_ != Mode::kGzip) return;
  pending_.clear();
  pending_pos_ = 0;
  in_member_ = false;
  scanning_ = true;
}

void GzipStream::Stop(State state, std::string problem) {
  state_ = state;
  if (!problem.empty()) problem_ = std::move(problem);
}

bool GzipStream::Refill() {
  if (input_done_) return false;
  // Keep the unread bytes, at the front; the storage is reused (no zero-fill per read).
  consumed_before_ += in_pos_;
  std::memmove(in_.data(), in_.data() + in_pos_, in_end_ - in_pos_);
  in_end_ -= in_pos_;
  in_pos_ = 0;
  if (in_.size() < in_end_ + kInputChunk) in_.resize(in_end_ + kInputChunk);
  ssize_t n;
  do {
    n = ::read(fd_, in_.data() + in_end_, kInputChunk);
  } while (n < 0 && errno == EINTR);
  if (n > 0) {
    in_end_ += static_cast<size_t>(n);
    return true;
  }
  if (n < 0) read_error_ = errno;
  input_done_ = true;
  return false;
}

std::string GzipStream::EndProblem() const {
  return read_error_ == 0 ? "" : ErrnoReason(read_error_);
}

void GzipStream::DetectMode() {
  while (Available() < 2 && Refill()) {
  }
  if (Available() >= 2 && std::memcmp(in_.data() + in_pos_, kGzipMagic, 2) == 0) {
    mode_ = Mode::kGzip;
    if (inflateInit2(&z_, 15 + 16) != Z_OK) {  // 15-bit window, gzip wrapper only
      Stop(State::kEnd, "out of memory (zlib)");
      return;
    }
    z_ready_ = true;
  } else {
    mode_ = Mode::kPlain;
  }
}

size_t GzipStream::Read(char* out, size_t n) {
  if (n == 0) return 0;
  if (deferred_state_ != State::kOk) {
    Stop(deferred_state_, std::move(deferred_problem_));
    deferred_state_ = State::kOk;
    deferred_problem_.clear();
  }
  if (state_ != State::kOk) return 0;
  if (pending_pos_ < pending_.size()) {
    const size_t k = std::min(n, pending_.size() - pending_pos_);
    std::memcpy(out, pending_.data() + pending_pos_, k);
    pending_pos_ += k;
    member_returned_ += k;
    if (pending_pos_ == pending_.size()) {
      pending_.clear();
      pending_pos_ = 0;
    }
    return k;
  }
  if (mode_ == Mode::kUnknown) DetectMode();
  if (state_ != State::kOk) return 0;
  return mode_ == Mode::kPlain ? ReadPlain(out, n) : ReadGzip(out, n);
}

size_t GzipStream::ReadPlain(char* out, size_t n) {
  if (Available() > 0) {
    const size_t k = std::min(n, Available());
    std::memcpy(out, in_.data() + in_pos_, k);
    in_pos_ += k;
    return k;
  }
  if (!input_done_) {
    // Large reads go straight to the caller's buffer: no copy for plain files.
    ssize_t r;
    do {
      r = ::read(fd_, out, n);
    } while (r < 0 && errno == EINTR);
    if (r > 0) {
      consumed_before_ += static_cast<uint64_t>(r);
      return static_cast<size_t>(r);
    }
    if (r < 0) read_error_ = errno;
    input_done_ = true;
  }
  Stop(State::kEnd, EndProblem());
  return 0;
}

size_t GzipStream::Inflate(char* out, size_t n, int* ret) {
  const size_t avail = std::min<size_t>(Available(), UINT_MAX);
  const size_t room = std::min<size_t>(n, UINT_MAX);
  z_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
  z_.avail_in = static_cast<uInt>(avail);
  z_.next_out = reinterpret_cast<Bytef*>(out);
  z_.avail_out = static_cast<uInt>(room);
  *ret = inflate(&z_, Z_NO_FLUSH);
  in_pos_ += avail - z_.avail_in;
  const size_t produced = room - z_.avail_out;
  // No input used and nothing produced with room on both sides: zlib cannot go on.
  if (*ret == Z_BUF_ERROR && avail > 0 && produced == 0 && z_.avail_in == avail) {
    *ret = Z_DATA_ERROR;
  }
  return produced;
}

std::string GzipStream::CorruptMessage(uint64_t at) const {
  return "corrupt gzip data near byte " + std::to_string(at) + " (" +
         (z_.msg != nullptr ? z_.msg : "invalid data") + ")";
}

size_t GzipStream::ReadGzip(char* out, size_t n) {
  while (true) {
    if (!in_member_ && !StartMember()) return 0;
    if (pending_pos_ < pending_.size()) return Read(out, n);  // a verified candidate's start
    if (!in_member_) continue;  // the candidate was a whole (tiny) member, already served
    if (Available() == 0 && !Refill()) {
      std::string reason = EndProblem();
      Stop(State::kEnd,
           reason.empty() ? "truncated gzip: the file ends inside compressed data" : reason);
      in_member_ = false;
      return 0;
    }
    int ret;
    const size_t produced = Inflate(out, n, &ret);
    const uint64_t at = input_offset();  // zlib stops just past the damage it saw
    member_returned_ += produced;
    if (ret == Z_STREAM_END) {
      in_member_ = false;
      if (produced > 0) return produced;
      continue;
    }
    if (ret == Z_OK || ret == Z_BUF_ERROR) {
      if (produced > 0) return produced;
      continue;
    }
    // Z_DATA_ERROR, Z_NEED_DICT, Z_MEM_ERROR: this member is lost from here on.
    in_member_ = false;
    State next = State::kBroken;
    std::string problem = CorruptMessage(at);
    if (ret == Z_MEM_ERROR) {
      next = State::kEnd;
      problem = "out of memory while inflating gzip data";
    } else {
      scanning_ = true;
    }
    if (produced > 0) {  // hand over what came before the damage first
      deferred_state_ = next;
      deferred_problem_ = std::move(problem);
      return produced;
    }
    Stop(next, std::move(problem));
    return 0;
  }
}

bool GzipStream::StartMember() {
  while (true) {
    if (scanning_) {
      if (!ScanForMember()) return false;
    } else {
      // Between members: NUL padding is ignored; anything else but a header is damage.
      while (true) {
        if (Available() == 0 && !Refill()) {
          Stop(State::kEnd, EndProblem());
          return false;
        }
        if (in_[in_pos_] != '\0') break;
        ++in_pos_;
      }
      while (Available() < 2 && Refill()) {
      }
      if (Available() < 2 || std::memcmp(in_.data() + in_pos_, kGzipMagic, 2) != 0) {
        const uint64_t at = input_offset();
        scanning_ = true;
        if (Available() < 2 && static_cast<unsigned char>(in_[in_pos_]) == 0x1f) {
          in_pos_ = in_end_;
          Stop(State::kEnd, "truncated gzip: the file ends inside a member header");
        } else {
          Stop(State::kBroken,
               "bytes that are not gzip data at byte " + std::to_string(at) + " (after a member)");
        }
        return false;
      }
    }
    inflateReset(&z_);
    in_member_ = true;
    member_returned_ = 0;
    if (!scanning_) return true;
    const uint64_t candidate = input_offset();
    if (VerifyCandidate()) {
      scanning_ = false;
      return true;
    }
    // Not a member after all: go on scanning past its first byte.
    in_member_ = false;
    pending_.clear();
    if (input_offset() == candidate && Available() > 0) ++in_pos_;
    if (state_ != State::kOk) return false;
  }
}

bool GzipStream::VerifyCandidate() {
  const size_t need = member_start_.empty() ? kVerifyBytes : member_start_.size();
  pending_.resize(kVerifyBuffer);
  size_t have = 0;
  bool ended = false;
  while (have < need) {
    if (Available() == 0 && !Refill()) break;
    int ret;
    have += Inflate(pending_.data() + have, pending_.size() - have, &ret);
    if (ret == Z_STREAM_END) {
      ended = true;
      in_member_ = false;
      break;
    }
    if (ret != Z_OK && ret != Z_BUF_ERROR) return false;
  }
  pending_.resize(have);
  pending_pos_ = 0;
  if (have < need && !ended) return false;
  if (!member_start_.empty() && pending_.compare(0, member_start_.size(), member_start_) != 0) {
    return false;
  }
  return have > 0 || ended;
}

bool GzipStream::ScanForMember() {
  while (true) {
    if (Available() >= 3) {
      const void* hit = memmem(in_.data() + in_pos_, Available(), kGzipMagic, 3);
      if (hit != nullptr) {
        in_pos_ = static_cast<size_t>(static_cast<const char*>(hit) - in_.data());
        return true;
      }
      in_pos_ = in_end_ - 2;  // a header may straddle the next refill
    }
    if (!Refill()) {
      in_pos_ = in_end_;
      Stop(State::kEnd, EndProblem());
      return false;
    }
  }
}

std::string ReadAllBounded(GzipStream* stream, size_t max_bytes, std::string* out,
                           bool* too_large) {
  constexpr size_t kChunk = 256 * 1024;
  out->clear();
  *too_large = false;
  while (true) {
    const size_t old = out->size();
    const size_t room = max_bytes + 1 - std::min(old, max_bytes);  // +1 to see the overflow
    const size_t want = std::min(kChunk, room);
    out->resize(old + want);
    const size_t n = stream->Read(out->data() + old, want);
    out->resize(old + n);
    if (n == 0) break;
    if (out->size() > max_bytes) {
      *too_large = true;
      break;
    }
  }
  return stream->problem();
}

}  // namespace corroborate::ingest
