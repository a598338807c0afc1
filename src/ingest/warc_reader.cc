#include "ingest/warc_reader.h"

#include <algorithm>
#include <cstring>
#include <utility>

#include "core/strings.h"
#include "ingest/size_format.h"

namespace corroborate::ingest {
namespace {

constexpr size_t kReadChunk = 256 * 1024;
constexpr size_t kMaxHeaderLine = 64 * 1024;
constexpr size_t kMaxHeaderBytes = 1 << 20;
// Blocks skipped (not wanted) up to this size are still held, so that a Content-Length that is
// too long can be recovered from (the next record header is found inside the block). Unless
// the file has one gzip member per record: then the rest of the member is skipped unread.
constexpr uint64_t kKeepSkippedBlock = 4 << 20;
constexpr char kResumes[] = "; reading resumes at the next intact gzip member";

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "WARC/1.0": a record starts here (the version's first digit is enough to tell).
bool IsRecordStart(std::string_view bytes) {
  return bytes.size() >= 6 && StartsWith(bytes, "WARC/") && IsDigit(bytes[5]);
}

// The first record header inside `block` (at a line start, past its first byte); npos if none.
size_t FindRecordStartInside(std::string_view block) {
  size_t from = 0;
  while (true) {
    const size_t nl = block.find("\nWARC/", from);
    if (nl == std::string_view::npos) return nl;
    if (IsRecordStart(block.substr(nl + 1))) return nl + 1;
    from = nl + 1;
  }
}

bool ParseLength(std::string_view s, uint64_t* out) {
  s = Trim(s);
  if (s.empty() || s.size() > 18) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (!IsDigit(c)) return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

std::string Unbracket(std::string_view uri) {
  uri = Trim(uri);
  if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>') {
    uri = Trim(uri.substr(1, uri.size() - 2));
  }
  return std::string(uri);
}

}  // namespace

WarcReader::WarcReader(GzipStream* in, std::string head, std::string uri,
                       const ProblemSink& problems)
    : in_(in),
      uri_(std::move(uri)),
      problems_(problems),
      buf_(std::move(head)),
      end_(buf_.size()) {}

std::string WarcReader::RecordUri(size_t number) const {
  return uri_ + "#" + std::to_string(number);
}

void WarcReader::Problem(std::string uri, std::string reason) {
  problems_(InputProblem{std::move(uri), std::move(reason)});
}

bool WarcReader::Fill(size_t want) {
  while (Available() < want) {
    // Keep the unread bytes, at the front; the storage is reused (no zero-fill per read).
    buf_offset_ += pos_;
    std::memmove(buf_.data(), buf_.data() + pos_, end_ - pos_);
    end_ -= pos_;
    pos_ = 0;
    if (buf_.size() < end_ + kReadChunk) buf_.resize(end_ + kReadChunk);
    NoteMemberStart(buf_offset_ + end_);
    const size_t n = in_->Read(buf_.data() + end_, kReadChunk);
    end_ += n;
    if (n == 0) return false;
  }
  return true;
}

void WarcReader::NoteMemberStart(uint64_t offset) {
  if (!in_->at_member_start()) return;
  member_starts_.push_back(offset);
  // Bounded: only the members of the current record matter, and a record that spans this many
  // is not skipped member-wise anyway (record_at_member_ was settled at its start).
  if (member_starts_.size() > 1024) member_starts_.pop_front();
}

// The stream's problem, taken (so a break lets reading resume and nothing is said twice).
std::string WarcReader::StreamProblem() { return in_->TakeProblem(); }

WarcReader::LineResult WarcReader::ReadLine(std::string* line, size_t max) {
  size_t scanned = 0;
  while (true) {
    const char* start = buf_.data() + pos_;
    const size_t avail = Available();
    const void* nl = std::memchr(start + scanned, '\n', avail - scanned);
    if (nl != nullptr) {
      size_t len = static_cast<size_t>(static_cast<const char*>(nl) - start);
      pos_ += len + 1;
      if (len > max) return LineResult::kTooLong;
      if (len > 0 && start[len - 1] == '\r') --len;
      line->assign(start, len);
      return LineResult::kLine;
    }
    scanned = avail;
    if (avail > max) {
      pos_ = end_;  // skip what there is of it; resync finds the next record start
      return LineResult::kTooLong;
    }
    if (!Fill(avail + 1)) return LineResult::kStopped;
  }
}

bool WarcReader::Next(WarcHeader* header) {
  if (where_ == Where::kBlock) SkipRest();
  if (where_ == Where::kAfterBlock) CheckEnd();
  block_.clear();
  while (FindRecordStart()) {
    ++count_;
    current_ = WarcHeader{};
    current_.number = count_;
    record_start_ = Offset();
    while (!member_starts_.empty() && member_starts_.front() < record_start_) {
      member_starts_.pop_front();
    }
    previous_at_member_ = record_at_member_;
    record_at_member_ = !member_starts_.empty() && member_starts_.front() == record_start_;
    if (ReadHeader(&current_)) {
      where_ = Where::kBlock;
      remaining_ = current_.content_length;
      *header = current_;
      return true;
    }
    where_ = Where::kResync;
    quiet_ = true;
    // Never find the same header again: step past its first byte at least.
    if (Offset() == record_start_ && Available() > 0) ++pos_;
  }
  return false;
}

bool WarcReader::FindRecordStart() {
  uint64_t garbage = 0;
  while (true) {
    if (!Fill(1)) {
      if (in_->broken()) {
        std::string why = StreamProblem();
        Problem(uri_, why + kResumes);
        garbage = 0;
        quiet_ = true;  // what follows the damage is not garbage of the file's making
        continue;
      }
      if (garbage > 0 && !quiet_) {
        Problem(uri_, "garbage at the end of the file (" + FormatSize(garbage) + ")");
      }
      std::string why = StreamProblem();
      if (!why.empty()) Problem(uri_, why);
      return false;
    }
    const char c = buf_[pos_];
    if (c == '\r' || c == '\n') {
      ++pos_;
      continue;
    }
    if (c == 'W') {
      Fill(6);
      if (IsRecordStart(Rest())) {
        if (garbage > 0 && !quiet_) {
          Problem(RecordUri(count_ + 1), "garbage before the record (" + FormatSize(garbage) +
                                             " that are not part of any record, skipped)");
        }
        quiet_ = false;
        where_ = Where::kBetween;
        return true;
      }
    }
    // Not a record: skip the line.
    const void* nl = std::memchr(buf_.data() + pos_, '\n', Available());
    const size_t len = nl != nullptr
                           ? static_cast<size_t>(static_cast<const char*>(nl) - buf_.data()) - pos_
                           : Available();
    garbage += len;
    pos_ += len;
  }
}

bool WarcReader::ReadHeader(WarcHeader* h) {
  const std::string uri = RecordUri(h->number);
  std::string line;
  size_t total = 0;
  bool have_length = false;
  std::string last_name;
  bool first = true;
  while (true) {
    const LineResult r = ReadLine(&line, kMaxHeaderLine);
    if (r == LineResult::kStopped) {
      const bool resumes = in_->broken();
      std::string why = StreamProblem();
      Problem(uri, "record header cut short (" + (why.empty() ? "the file ends" : why) + ")" +
                       (resumes ? kResumes : ""));
      return false;
    }
    if (r == LineResult::kTooLong) {
      Problem(uri, "record header line longer than " + FormatSize(kMaxHeaderLine));
      return false;
    }
    total += line.size() + 2;
    if (total > kMaxHeaderBytes) {
      Problem(uri, "record header longer than " + FormatSize(kMaxHeaderBytes));
      return false;
    }
    if (first) {  // the "WARC/1.1" line
      first = false;
      continue;
    }
    if (line.empty()) break;
    if (line.front() == ' ' || line.front() == '\t') {  // a folded continuation line
      if (IEquals(last_name, "WARC-Target-URI")) h->target_uri += std::string(Trim(line));
      continue;
    }
    const size_t colon = line.find(':');
    if (colon == std::string::npos) continue;
    last_name = std::string(Trim(std::string_view(line).substr(0, colon)));
    const std::string_view value = Trim(std::string_view(line).substr(colon + 1));
    if (IEquals(last_name, "Content-Length")) {
      have_length = ParseLength(value, &h->content_length);
    } else if (IEquals(last_name, "WARC-Type")) {
      h->type = AsciiLower(value);
    } else if (IEquals(last_name, "WARC-Target-URI")) {
      h->target_uri = Unbracket(value);
    } else if (IEquals(last_name, "WARC-Date")) {
      h->date = std::string(value);
    } else if (IEquals(last_name, "Content-Type")) {
      h->content_type = std::string(value);
    } else if (IEquals(last_name, "WARC-Identified-Payload-Type")) {
      h->identified_payload_type = std::string(value);
    }
  }
  if (!have_length) {
    Problem(uri, "record header without a valid Content-Length");
    return false;
  }
  return true;
}

bool WarcReader::ReadBlock(uint64_t n) {
  if (where_ != Where::kBlock) return false;
  uint64_t want = std::min(n, remaining_);
  const size_t from_buffer = static_cast<size_t>(std::min<uint64_t>(want, Available()));
  block_.append(buf_.data() + pos_, from_buffer);
  pos_ += from_buffer;
  remaining_ -= from_buffer;
  want -= from_buffer;
  if (want > 0) {
    // The rest comes straight from the stream into the block: no second copy.
    buf_offset_ += end_;
    pos_ = end_ = 0;
    block_.reserve(block_.size() + want);
    while (want > 0) {
      NoteMemberStart(buf_offset_);
      const size_t old = block_.size();
      const size_t chunk = static_cast<size_t>(std::min<uint64_t>(want, 1 << 20));
      block_.resize(old + chunk);
      const size_t got = in_->Read(block_.data() + old, chunk);
      block_.resize(old + got);
      if (got == 0) {
        CutShort();
        return false;
      }
      buf_offset_ += got;
      remaining_ -= got;
      want -= got;
    }
  }
  return true;
}

bool WarcReader::EndRecord() {
  if (where_ != Where::kBlock || remaining_ > 0) return false;
  where_ = Where::kAfterBlock;
  return CheckEnd();
}

// A file of one gzip member per record is seen when this record and the one before it each
// started a member; then no member boundary may lie inside the part of this record read so far.
bool WarcReader::CanSkipMember() const {
  if (!in_->compressed() || !record_at_member_ || !previous_at_member_ || current_.number < 2 ||
      in_->at_member_start()) {  // the stream is between members: the record spans several
    return false;
  }
  return member_starts_.empty() || member_starts_.back() <= record_start_;
}

void WarcReader::SkipRest() {
  // Small blocks are held (cheap) so that a Content-Length that is too long can be recovered
  // from; larger ones are dropped as they pass.
  const bool keep = block_.size() + remaining_ <= kKeepSkippedBlock;
  if (!keep) block_.clear();
  while (remaining_ > 0) {
    if (Available() == 0) {
      if (CanSkipMember()) {
        // The rest of the record, and its end, is the rest of this member: skip it unread.
        in_->SkipToNextMember();
        member_starts_.clear();
        remaining_ = 0;
        where_ = Where::kBetween;
        return;
      }
      if (!Fill(1)) {
        CutShort();
        return;
      }
    }
    const size_t take = static_cast<size_t>(std::min<uint64_t>(remaining_, Available()));
    if (keep) block_.append(buf_.data() + pos_, take);
    pos_ += take;
    remaining_ -= take;
  }
  where_ = Where::kAfterBlock;
}

void WarcReader::CutShort() {
  const std::string uri = RecordUri(current_.number);
  const uint64_t got = current_.content_length - remaining_;
  const bool resumes = in_->broken();
  std::string why = StreamProblem();
  where_ = Where::kResync;
  quiet_ = true;
  if (resumes) {
    Problem(uri, "record cut short by damaged gzip data: " + why + kResumes);
    block_.clear();
    return;
  }
  std::string reason = "record cut short: Content-Length says " +
                       std::to_string(current_.content_length) + " bytes, the file ends after " +
                       std::to_string(got) + (why.empty() ? "" : " (" + why + ")");
  const size_t inside = FindRecordStartInside(block_);
  if (inside != std::string::npos) {
    Problem(uri, reason + "; a record header follows inside it, reading on from there");
    Unread(std::string_view(block_).substr(inside));
    where_ = Where::kBetween;
    quiet_ = false;
  } else {
    Problem(uri, reason);
  }
  block_.clear();
}

void WarcReader::Unread(std::string_view bytes) {
  std::string rest(Rest());
  const uint64_t offset = Offset() - bytes.size();
  buf_.assign(bytes);
  buf_ += rest;
  pos_ = 0;
  end_ = buf_.size();
  buf_offset_ = offset;
  member_starts_.clear();
  record_at_member_ = false;  // member boundaries are unknown in re-read bytes
}

bool WarcReader::CheckEnd() {
  Fill(8);
  const std::string_view rest = Rest();
  size_t i = 0;
  int ends = 0;
  while (ends < 2 && i < rest.size()) {
    if (rest[i] == '\n') {
      ++i;
    } else if (rest[i] == '\r' && i + 1 < rest.size() && rest[i + 1] == '\n') {
      i += 2;
    } else {
      break;
    }
    ++ends;
  }
  // Lenient: one line end or none is enough when the next record, the end of the file or
  // damaged gzip data (reported next) follows directly (some writers drop the empty line).
  const bool stopped = i == rest.size();
  if (ends == 2 || stopped || IsRecordStart(rest.substr(i))) {
    pos_ += i;
    where_ = Where::kBetween;
    return true;
  }
  const std::string uri = RecordUri(current_.number);
  const std::string length = std::to_string(current_.content_length);
  const size_t inside =
      block_.size() == current_.content_length ? FindRecordStartInside(block_) : std::string::npos;
  if (inside != std::string::npos) {
    Problem(uri, "Content-Length (" + length +
                     " bytes) runs past the end of the record into the next one; record "
                     "skipped");
    Unread(std::string_view(block_).substr(inside));
    where_ = Where::kBetween;
  } else {
    Problem(uri, "the record does not end where its Content-Length (" + length +
                     " bytes) says; record skipped");
    where_ = Where::kResync;
    quiet_ = true;
  }
  block_.clear();
  return false;
}

}  // namespace corroborate::ingest
