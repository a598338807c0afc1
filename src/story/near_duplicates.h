// Near-duplicate detection over a stream of article texts: exact copies (a wire story
// republished with another site's boilerplate), light rewrites (synonyms swapped, sentences
// dropped or reordered) and partial copies (a short article inside a longer roundup).
//
// Each text is reduced to a sketch: the distinct three-word shingles whose 32-bit hash ends in
// at least `level` zero bits, with `level` raised until at most max_samples remain. Because the
// rule depends only on the hash, the samples of two texts taken at the same level are uniform
// samples of their shingle sets, drawn the same way, so the shared share estimates how much of
// each text lies in the other (containment, both ways). That asymmetric estimate is what finds
// an article contained in a longer one, which Jaccard-based MinHash banding misses.
//
// NearDuplicateIndex keeps only the sketch of each live document (about 1 KB, see MemoryBytes)
// and an inverted index from sample keys to documents (PostingTable, at most posting_cap
// documents per key, so each lookup is bounded and the cost per article stays flat however long
// the stream grows). A candidate sharing at least a few samples is verified by merging the two
// sketches: the containment estimates must reach the thresholds, and the shared samples must be
// spread over the contained text, not bunched in one passage (a quote that many reports share).
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

#include "story/posting_table.h"
#include "story/shingles.h"

namespace corroborate {

enum class DuplicateKind : uint8_t {
  kNone,
  kExactCopy,     // one text lies (almost) wholly in the other, which adds little (chrome)
  kLightRewrite,  // much of the text is shared, with local edits
  kPartial,       // one text lies (mostly) inside a much longer one (a roundup)
};
const char* DuplicateKindName(DuplicateKind kind);  // "exact copy", "light rewrite", "partial"

struct NearDupOptions {
  int shingle_words = kShingleWords;
  uint32_t max_samples = 64;       // per document: ~5 bytes each in the sketch, ~11 in the postings
  uint32_t posting_cap = 24;       // documents kept per sample key
  uint32_t min_shingles = 12;      // shorter texts are never matched: too little to call a copy
  uint32_t min_shared = 3;         // shared samples before a candidate is verified
  double copy_containment = 0.40;  // a copy: this share of one text lies in the other
  double exact_containment = 0.90;    // an exact copy: this share of one lies in the other…
  double partial_ratio = 0.60;        //   …and at least this share the other way
  double partial_containment = 0.75;  // a partial copy: this share of one lies in the other,
                                      //   less than partial_ratio the other way
  double min_spread = 0.5;  // share of the contained text's regions that must hold shared text
};

// A text's sample of shingle keys. keys are sorted and distinct; each has at least `level`
// trailing zero bits; positions[i] says where keys[i] starts in the text (0..255 of its words).
struct TextSketch {
  uint8_t level = 0;
  uint32_t shingles = 0;  // shingles in the text (with repeats)
  std::vector<uint32_t> keys;
  std::vector<uint8_t> positions;
};

// Makes sketches, reusing its buffers between texts (one per thread).
class Sketcher {
 public:
  explicit Sketcher(const NearDupOptions& options = {}) : options_(options) {}
  // Sketch of text, from the shingles that do not touch quoted words (see ShingleHashes).
  TextSketch Sketch(std::string_view text);
  // All shingle hashes of the last text sketched (in text order, with repeats).
  const std::vector<uint64_t>& shingles() const { return shingles_; }

 private:
  NearDupOptions options_;
  std::vector<uint64_t> words_;
  std::vector<uint8_t> quoted_;
  std::vector<uint64_t> shingles_;
  std::vector<std::pair<uint32_t, uint8_t>> buffer_;
};

// How much two texts hold of each other, estimated from their sketches at the coarser level.
struct Overlap {
  uint32_t a_samples = 0, b_samples = 0, shared = 0;
  double a_in_b = 0;  // share of a's text found in b
  double b_in_a = 0;
  double spread = 0;  // share of the contained text's regions (eighths) that hold shared samples
};
Overlap CompareSketches(const TextSketch& a, const TextSketch& b);

// The kind of copy for containments each way (0 when it is none), from sketches or exact sets.
DuplicateKind ClassifyOverlap(double a_in_b, double b_in_a, const NearDupOptions& options);

struct NearDuplicate {
  uint64_t doc = 0;  // the earlier document, as numbered by NearDuplicateIndex::Add/Insert
  DuplicateKind kind = DuplicateKind::kNone;
  double new_in_old = 0;  // estimated share of the new text found in doc
  double old_in_new = 0;  // estimated share of doc's text found in the new one
};

class NearDuplicateIndex {
 public:
  explicit NearDuplicateIndex(const NearDupOptions& options = {});

  struct Added {
    uint64_t id = 0;                       // this document's number: 0, 1, 2… in order of Add
    std::optional<NearDuplicate> copy_of;  // the earlier live document it copies, if any
  };
  // Sketches text, finds the live document it copies (the strongest match; among equally
  // strong ones, the earliest), then adds it. time orders expiry (any unit, e.g. seconds).
  Added Add(std::string_view text, int64_t time);

  // The parts of Add, for callers that sketch in parallel or need every match.
  // Find: the live documents whose overlap with sketch reaches min_containment (one way or the
  // other) and passes the spread check, strongest first, at most limit of them (candidates are
  // verified most promising first). kind is kNone for those below copy_containment.
  std::vector<NearDuplicate> Find(const TextSketch& sketch, double min_containment,
                                  size_t limit = SIZE_MAX) const;
  uint64_t Insert(const TextSketch& sketch, int64_t time);

  // Drops the documents added before the first one whose time is at least `time` (documents
  // leave in the order they came: a stream is expected in rough time order). Returns how many.
  size_t Expire(int64_t time);

  size_t live() const { return docs_.size(); }
  uint64_t next_id() const { return first_id_ + docs_.size(); }
  // Bytes held by the index (postings, sketches, per-document records), capacity included.
  size_t MemoryBytes() const;
  const NearDupOptions& options() const { return options_; }

 private:
  struct LiveDoc {
    int64_t time = 0;
    uint64_t first_sample = 0;  // position of its keys in keys_, counted from the first ever
    uint16_t samples = 0;
    uint8_t level = 0;
    uint8_t above[3] = {0, 0, 0};  // samples with at least level+1, +2, +3 trailing zeros
  };

  const LiveDoc* DocAt(uint32_t low_id) const;
  uint32_t SamplesAtLevel(const LiveDoc& d, int level) const;
  Overlap Verify(const TextSketch& sketch, const LiveDoc& d) const;

  NearDupOptions options_;
  Sketcher sketcher_;
  PostingTable postings_;
  std::deque<LiveDoc> docs_;
  uint64_t first_id_ = 0;
  std::deque<uint32_t> keys_;  // every live document's sample keys, in document order
  std::deque<uint8_t> positions_;
  uint64_t first_sample_ = 0;  // number of samples ever dropped from the front
  // Scratch for Find: candidate counters (open addressing on the low id).
  mutable std::vector<uint64_t> counts_;
  mutable std::vector<uint32_t> touched_;
  mutable std::vector<std::pair<double, uint32_t>> candidates_;  // (bound, low id)
};

}  // namespace corroborate
