// Reading a WARC file (ISO 28500: WARC/1.0 and 1.1; the older 0.17/0.18 headers read the same)
// record by record from a GzipStream, so plain, per-record-gzip and whole-file-gzip WARCs read
// alike. Memory: one record's block at most (the caller decides how much of it to read) plus a
// 256 KiB buffer, whatever the size of the file.
//
// Damage costs the record it touches, never the file; each problem is one line naming the
// record ("crawl.warc.gz#12", the record's 1-based position in the file) and the reason:
// - a header without a valid Content-Length, or cut short, or over 1 MiB;
// - a block cut short by the end of the file or by damaged gzip data;
// - a Content-Length that lies: after the block the record must end (an empty line, then the
//   next "WARC/" line or the end of the file). When it does not, the record is dropped; if a
//   record header follows inside the block (the length was too long), reading goes on from that
//   header, else (too short) from the next line that starts with "WARC/";
// - bytes between records that are not a record (reported once per run of them).
// After damaged gzip data, reading resumes at the next intact gzip member (see GzipStream).
// The rest of a record the caller does not read (not wanted, or too large), in a file of one
// gzip member per record, is skipped without inflating it (so a compression bomb or a video
// costs nothing); otherwise it is inflated and discarded as it passes.
// Not thread-safe; one reader per stream.
#pragma once

#include <cstdint>
#include <deque>
#include <string>

#include "ingest/gzip_stream.h"
#include "ingest/reader.h"

namespace corroborate::ingest {

struct WarcHeader {
  size_t number = 0;         // 1-based position of the record in the file
  std::string type;          // WARC-Type, lower case: "response", "resource", "request", …
  std::string target_uri;    // WARC-Target-URI, without the <> some writers put around it
  std::string date;          // WARC-Date as written (ISO 8601, UTC): when it was crawled
  std::string content_type;  // Content-Type of the block
  std::string identified_payload_type;  // WARC-Identified-Payload-Type (a crawler's sniffing)
  uint64_t content_length = 0;
};

class WarcReader {
 public:
  // `head`: content bytes already read from `in` (sniffing), served first. `uri` names the
  // file in problems. `in` and `problems` must outlive the reader.
  WarcReader(GzipStream* in, std::string head, std::string uri, const ProblemSink& problems);

  // Moves to the next record (skipping what is left of the current one) and fills *header;
  // false at the end of the file.
  bool Next(WarcHeader* header);

  // Reads up to n more bytes of the current block into block(). False when the record turned
  // out damaged (already reported): go on with Next().
  bool ReadBlock(uint64_t n);

  // After the whole block is read: checks the record ends where its Content-Length says. False
  // when it does not (reported; the record must be dropped).
  bool EndRecord();

  // The bytes of the current block read so far; the caller may move them out after EndRecord.
  std::string& block() { return block_; }
  uint64_t block_remaining() const { return remaining_; }

  // "path#N": how documents and problems name record N.
  std::string RecordUri(size_t number) const;

 private:
  enum class Where { kBetween, kBlock, kAfterBlock, kResync };
  enum class LineResult { kLine, kTooLong, kStopped };

  size_t Available() const { return end_ - pos_; }
  std::string_view Rest() const { return {buf_.data() + pos_, end_ - pos_}; }
  uint64_t Offset() const { return buf_offset_ + pos_; }
  bool Fill(size_t want);
  void NoteMemberStart(uint64_t offset);
  LineResult ReadLine(std::string* line, size_t max);
  bool FindRecordStart();
  bool ReadHeader(WarcHeader* header);
  void SkipRest();
  bool CheckEnd();
  void CutShort();
  void Unread(std::string_view bytes);
  bool CanSkipMember() const;
  void Problem(std::string uri, std::string reason);
  std::string StreamProblem();

  GzipStream* in_;
  std::string uri_;
  const ProblemSink& problems_;

  std::string buf_;  // storage; content bytes are [pos_, end_)
  size_t pos_ = 0;
  size_t end_ = 0;
  uint64_t buf_offset_ = 0;             // content offset of buf_[0]
  std::deque<uint64_t> member_starts_;  // content offsets where gzip members begin

  Where where_ = Where::kBetween;
  bool quiet_ = false;  // skipped bytes are already explained by a reported problem
  size_t count_ = 0;    // record headers found
  WarcHeader current_;
  std::string block_;
  uint64_t remaining_ = 0;
  uint64_t record_start_ = 0;
  bool record_at_member_ = false;
  bool previous_at_member_ = false;
};

}  // namespace corroborate::ingest
