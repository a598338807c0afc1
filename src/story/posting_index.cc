#include "story/posting_index.h"

#include <algorithm>
#include <utility>

namespace corroborate {

size_t PostingIndex::Find(uint32_t term) const {
  if (table_.empty()) return kNone;
  size_t mask = table_.size() - 1;
  for (size_t b = Home(term);; b = (b + 1) & mask) {
    if (table_[b].count == 0) return kNone;
    if (table_[b].term == term) return b;
  }
}

void PostingIndex::Grow() {
  std::vector<Bucket> old = std::move(table_);
  table_.assign(old.empty() ? 1024 : old.size() * 2, Bucket{});
  size_t mask = table_.size() - 1;
  for (const Bucket& bucket : old) {
    if (bucket.count == 0) continue;
    size_t b = Home(bucket.term);
    while (table_[b].count != 0) b = (b + 1) & mask;
    table_[b] = bucket;
  }
}

uint32_t PostingIndex::NewList() {
  if (!free_lists_.empty()) {
    uint32_t id = free_lists_.back();
    free_lists_.pop_back();
    return id;
  }
  lists_.emplace_back();
  return static_cast<uint32_t>(lists_.size() - 1);
}

void PostingIndex::Add(uint32_t term, Posting posting) {
  if ((used_ + 1) * 2 > table_.size()) Grow();  // load factor <= 1/2
  size_t mask = table_.size() - 1;
  size_t b = Home(term);
  while (table_[b].count != 0 && table_[b].term != term) b = (b + 1) & mask;
  Bucket& bucket = table_[b];
  ++postings_;
  if (bucket.count == 0) {
    bucket = {term, 1, posting};
    ++used_;
    return;
  }
  if (bucket.count == 1) {
    uint32_t id = NewList();
    lists_[id] = {bucket.single, posting};
    bucket.single = {id, 0};
    bucket.count = 2;
    return;
  }
  std::vector<Posting>& list = lists_[bucket.single.slot];
  list.push_back(posting);
  if (list.size() > max_list_) {
    size_t drop = list.size() / 2;
    list.erase(list.begin(), list.begin() + static_cast<ptrdiff_t>(drop));
    postings_ -= drop;
  }
  bucket.count = static_cast<uint32_t>(list.size());
}

void PostingIndex::Remove(uint32_t term, Posting posting) {
  size_t b = Find(term);
  if (b == kNone) return;
  Bucket& bucket = table_[b];
  if (bucket.count == 1) {
    if (bucket.single == posting) {
      --postings_;
      Erase(b);
    }
    return;
  }
  std::vector<Posting>& list = lists_[bucket.single.slot];
  auto it = std::find(list.begin(), list.end(), posting);
  if (it == list.end()) return;
  list.erase(it);
  --postings_;
  if (list.size() == 1) {
    Posting last = list.front();
    std::vector<Posting>().swap(list);  // give the memory back
    free_lists_.push_back(bucket.single.slot);
    bucket.single = last;
  }
  bucket.count = static_cast<uint32_t>(std::max<size_t>(list.size(), 1));
}

// Backward-shift deletion keeps every probe run contiguous without tombstones.
void PostingIndex::Erase(size_t b) {
  size_t mask = table_.size() - 1;
  size_t hole = b;
  for (size_t next = (b + 1) & mask; table_[next].count != 0; next = (next + 1) & mask) {
    size_t home = Home(table_[next].term);
    // Move `next` into the hole when its home is not within (hole, next].
    bool movable = hole <= next ? (home <= hole || home > next) : (home <= hole && home > next);
    if (movable) {
      table_[hole] = table_[next];
      hole = next;
    }
  }
  table_[hole] = Bucket{};
  --used_;
}

size_t PostingIndex::MemoryBytes() const {
  // 16 bytes of allocator bookkeeping per heap block is what glibc malloc adds on 64-bit.
  size_t bytes = table_.capacity() * sizeof(Bucket) + lists_.capacity() * sizeof(lists_[0]) +
                 free_lists_.capacity() * sizeof(uint32_t);
  for (const std::vector<Posting>& list : lists_) {
    if (list.capacity() > 0) bytes += list.capacity() * sizeof(Posting) + 16;
  }
  return bytes;
}

}  // namespace corroborate
