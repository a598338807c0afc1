#include "story/posting_table.h"

#include <utility>

namespace corroborate {

PostingTable::PostingTable(uint32_t cap) : cap_(cap == 0 ? 1 : cap) {}

bool PostingTable::Insert(uint32_t key, uint32_t doc) {
  // Keep the load at most 0.7: linear probing slows down sharply beyond it.
  if ((size_ + 1) * 10 > entries_.size() * 7) Grow();
  uint32_t seen = 0;
  size_t i = Home(key);
  for (;; i = (i + 1) & mask_) {
    const Entry& e = entries_[i];
    if (e.key == 0) break;
    if (e.key == key && ++seen >= cap_) return false;
  }
  entries_[i] = Entry{key, doc};
  ++size_;
  return true;
}

void PostingTable::Erase(uint32_t key, uint32_t doc) {
  if (size_ == 0) return;
  size_t hole = Home(key);
  for (;; hole = (hole + 1) & mask_) {
    const Entry& e = entries_[hole];
    if (e.key == 0) return;  // not present (it hit the cap when it was inserted)
    if (e.key == key && e.doc == doc) break;
  }
  // Backward-shift deletion: pull later entries of the probe run into the hole when their home
  // lies cyclically at or before it, so every remaining entry stays reachable from its home.
  for (size_t j = (hole + 1) & mask_;; j = (j + 1) & mask_) {
    const Entry& e = entries_[j];
    if (e.key == 0) break;
    const size_t home = Home(e.key);
    const bool movable = ((j - home) & mask_) >= ((j - hole) & mask_);
    if (movable) {
      entries_[hole] = e;
      hole = j;
    }
  }
  entries_[hole] = Entry{};
  --size_;
}

void PostingTable::Grow() {
  const size_t capacity = entries_.empty() ? 1024 : entries_.size() * 2;
  std::vector<Entry> old = std::exchange(entries_, std::vector<Entry>(capacity));
  mask_ = capacity - 1;
  shift_ = 64 - __builtin_ctzll(capacity);
  for (const Entry& e : old) {
    if (e.key == 0) continue;
    size_t i = Home(e.key);
    while (entries_[i].key != 0) i = (i + 1) & mask_;
    entries_[i] = e;
  }
}

}  // namespace corroborate
