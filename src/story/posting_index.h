// An inverted index from term hashes to the live events indexed under them, compact enough for
// a stream of millions of articles: open addressing (linear probing, backward-shift deletion),
// one posting stored inline in its bucket (most terms of a news stream are rare), longer lists
// spilled to pooled vectors. A list longer than max_list drops its oldest half, so a query's
// cost stays bounded however long the stream runs (old events remain reachable through their
// rarer terms). Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace corroborate {

struct Posting {
  uint32_t slot = 0;        // event slot
  uint32_t generation = 0;  // of the slot when indexed; stale once the slot is reused
  bool operator==(const Posting&) const = default;
};

class PostingIndex {
 public:
  explicit PostingIndex(size_t max_list = 512) : max_list_(max_list) {}

  void Add(uint32_t term, Posting posting);
  // No-op when absent (the posting may have been dropped from a long list).
  void Remove(uint32_t term, Posting posting);

  // Calls fn(const Posting&) for each posting of term, oldest first.
  template <class Fn>
  void ForEach(uint32_t term, Fn&& fn) const {
    size_t b = Find(term);
    if (b == kNone) return;
    const Bucket& bucket = table_[b];
    if (bucket.count == 1) {
      fn(bucket.single);
    } else {
      for (const Posting& p : lists_[bucket.single.slot]) fn(p);
    }
  }

  size_t terms() const { return used_; }
  size_t postings() const { return postings_; }
  // Bytes held: the table, the spilled lists and their allocator overhead.
  size_t MemoryBytes() const;

 private:
  static constexpr size_t kNone = SIZE_MAX;
  // count == 0: empty; 1: `single` is the posting; >1: single.slot indexes lists_.
  struct Bucket {
    uint32_t term = 0;
    uint32_t count = 0;
    Posting single;
  };
  size_t Find(uint32_t term) const;
  size_t Home(uint32_t term) const { return (term * 2654435761u >> 7) & (table_.size() - 1); }
  void Grow();
  void Erase(size_t b);
  uint32_t NewList();

  size_t max_list_;
  std::vector<Bucket> table_;
  size_t used_ = 0;
  size_t postings_ = 0;
  std::vector<std::vector<Posting>> lists_;
  std::vector<uint32_t> free_lists_;
};

}  // namespace corroborate
