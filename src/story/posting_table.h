// PostingTable: an inverted index from 32-bit sample keys to the documents that hold them,
// stored as one flat open-addressing array of (key, doc) pairs (linear probing, several entries
// per key). 8 bytes per posting at a load of at most 0.7, no allocation per key, so a streaming
// index of a million documents stays compact.
//
// Each key keeps at most `cap` postings: the first documents to arrive with it. A key shared by
// more documents is boilerplate or a story copied many times over; its first holders are the
// originals worth finding, and the cap keeps every lookup (and so the cost per article) bounded
// however long the stream grows. Erase uses backward-shift deletion, so no tombstones build up
// as documents expire. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace corroborate {

class PostingTable {
 public:
  explicit PostingTable(uint32_t cap = 24);

  // Adds (key, doc) unless key already has `cap` postings; returns whether it was added.
  // key must not be 0 (the empty marker).
  bool Insert(uint32_t key, uint32_t doc);

  // Removes (key, doc) if present.
  void Erase(uint32_t key, uint32_t doc);

  // Calls visit(doc) for every posting of key.
  template <class Visit>
  void ForEach(uint32_t key, Visit&& visit) const {
    if (size_ == 0) return;
    for (size_t i = Home(key);; i = (i + 1) & mask_) {
      const Entry& e = entries_[i];
      if (e.key == 0) return;
      if (e.key == key) visit(e.doc);
    }
  }

  // Hints the cache that key will be looked up soon (lookups are random memory reads).
  void Prefetch(uint32_t key) const {
    if (!entries_.empty()) __builtin_prefetch(&entries_[Home(key)]);
  }

  size_t size() const { return size_; }
  size_t MemoryBytes() const { return entries_.capacity() * sizeof(Entry); }

 private:
  struct Entry {
    uint32_t key = 0;  // 0: empty slot
    uint32_t doc = 0;
  };

  size_t Home(uint32_t key) const {
    return static_cast<size_t>((uint64_t{key} * 0x9E3779B97F4A7C15ULL) >> shift_);
  }
  void Grow();

  std::vector<Entry> entries_;
  size_t mask_ = 0;
  int shift_ = 64;
  size_t size_ = 0;
  uint32_t cap_;
};

}  // namespace corroborate
