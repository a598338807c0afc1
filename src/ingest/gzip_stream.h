// A byte stream over a file (or bytes already in memory) that inflates gzip transparently: input
// that starts with the gzip magic is inflated member after member (multi-member files such as
// per-record WARC.gz), anything else passes through unchanged. Memory: two fixed buffers
// (256 KiB of input, zlib's 32 KiB window), whatever the size of the file.
//
// Damage is a value, never fatal: a corrupt member, or bytes that are not gzip after a member,
// stop the stream at a "break" (Read returns 0, broken() is true, problem() says what and
// where). TakeProblem() then resumes reading at the next gzip member found by scanning the
// compressed bytes for a header; a candidate member counts only once its first bytes inflate
// without error (and start with the expected bytes, when the caller set them), so a stray
// 1f 8b 08 inside compressed data is not mistaken for a member. A file that ends inside a member
// ends the stream with problem() "truncated gzip ...". Trailing NUL padding is ignored.
// Cost: O(compressed + inflated bytes). Not thread-safe; one stream per file.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace corroborate::ingest {

class GzipStream {
 public:
  // Serves `prefix` first, then reads `fd` (not owned, not closed) to its end; fd < 0 means
  // `prefix` is the whole input.
  GzipStream(int fd, std::string prefix);
  ~GzipStream();
  GzipStream(const GzipStream&) = delete;
  GzipStream& operator=(const GzipStream&) = delete;

  // Reads up to n content bytes into out. Returns how many; 0 means the stream stopped: at its
  // end (at_end()) or at a break (broken()). A read never spans two gzip members, so a caller
  // can ask at_member_start() before each read.
  size_t Read(char* out, size_t n);

  bool at_end() const { return state_ == State::kEnd; }
  bool broken() const { return state_ == State::kBroken; }

  // What went wrong, one line ("corrupt gzip data near byte 5120 (invalid block type)"); empty
  // when nothing did. Stays set at the end of the stream.
  const std::string& problem() const { return problem_; }

  // Returns problem() and clears it; after a break, reading resumes at the next gzip member.
  std::string TakeProblem();

  // True once the input is known to be gzip (decided on the first Read).
  bool compressed() const { return mode_ == Mode::kGzip; }

  // True when the next byte Read returns is the first byte of a gzip member.
  bool at_member_start() const;

  // Members found after damage (and by SkipToNextMember) must inflate to bytes starting with
  // `start` (e.g. "WARC/"); empty: any member that inflates cleanly.
  void set_member_start(std::string start) { member_start_ = std::move(start); }

  // Abandons the rest of the current member without inflating it and resumes at the next
  // member found by scanning (a record too large to read, in a file of one member per record).
  // Only for compressed input; reports nothing.
  void SkipToNextMember();

  // Bytes of input consumed so far (the compressed offset, for messages).
  uint64_t input_offset() const { return consumed_before_ + in_pos_; }

 private:
  enum class Mode { kUnknown, kPlain, kGzip };
  enum class State { kOk, kBroken, kEnd };

  bool Refill();
  size_t Available() const { return in_end_ - in_pos_; }
  void DetectMode();
  size_t ReadPlain(char* out, size_t n);
  size_t ReadGzip(char* out, size_t n);
  bool StartMember();
  bool ScanForMember();
  bool VerifyCandidate();
  size_t Inflate(char* out, size_t n, int* ret);
  void Stop(State state, std::string problem);
  std::string EndProblem() const;
  std::string CorruptMessage(uint64_t at) const;

  int fd_;
  std::string in_;  // storage; input bytes are [in_pos_, in_end_)
  size_t in_pos_ = 0;
  size_t in_end_ = 0;
  uint64_t consumed_before_ = 0;  // input bytes dropped from the front of in_
  bool input_done_ = false;
  int read_error_ = 0;

  Mode mode_ = Mode::kUnknown;
  State state_ = State::kOk;
  std::string problem_;
  State deferred_state_ = State::kOk;  // a stop that follows the bytes just returned
  std::string deferred_problem_;

  z_stream z_{};
  bool z_ready_ = false;
  bool in_member_ = false;
  uint64_t member_returned_ = 0;  // bytes of the current member handed to the caller
  bool scanning_ = false;         // looking for the next member after damage or a skip
  std::string pending_;           // verified first bytes of a candidate member
  size_t pending_pos_ = 0;
  std::string member_start_;
};

// Reads `stream` to its end into *out, but stops once more than max_bytes have arrived (then
// *too_large is true). Returns the stream's problem (a break stops reading too), else "".
std::string ReadAllBounded(GzipStream* stream, size_t max_bytes, std::string* out, bool* too_large);

}  // namespace corroborate::ingest
