// Multi-class linear models over hashed features (nlp/feature_key.h).
//
// AveragedPerceptron trains one: rows (one per feature key) are created as features take part
// in updates, each row holding only the classes it was updated for, so memory follows the
// updates, not features x classes (a parser's ~100 classes cost nothing on rare features).
// Averaging is lazy: each weight keeps w and u = sum of (examples before the update x update);
// the mean of the weights after each example is then w - u / examples, computed once at the
// end, so an update costs O(features) however many weights exist.
//
// LinearModel is the frozen, averaged model used at run time: int16 weights with one scale,
// rows in CSR layout (a row's classes contiguous), found through an open-addressing table
// whose slots hold the row's range. Scoring a token = one probe per feature, then one pass
// over each row's entries; integer sums, one multiply by the scale per class.
//
// Everything is deterministic: rows are numbered in creation order and stored in that order.
// Thread-safety: LinearModel is immutable after Load and safe to share; AveragedPerceptron is
// single-threaded.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {

// Open-addressing map from a non-zero 64-bit key to a row number (linear probing, load <= 1/2).
class FeatureIndex {
 public:
  static constexpr int32_t kAbsent = -1;
  int32_t Find(uint64_t key) const {
    if (slots_.empty()) return kAbsent;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return s.row;
      if (s.key == 0) return kAbsent;
    }
  }
  // Returns the row of key, inserting it as `row` when absent.
  int32_t Insert(uint64_t key, int32_t row);
  size_t size() const { return size_; }
  void Reserve(size_t n);
  void Clear();

 private:
  struct Slot {
    uint64_t key = 0;
    int32_t row = kAbsent;
  };
  void Grow();
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

class LinearModel {
 public:
  uint32_t num_classes() const { return num_classes_; }
  size_t num_rows() const { return keys_.size(); }
  size_t num_weights() const { return entries_.size(); }

  // A handle on the feature's row for Score(), or -1 when the model does not know the key.
  int32_t Find(uint64_t key) const {
    if (slots_.empty()) return -1;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.key == key) return static_cast<int32_t>(i);
      if (s.key == 0) return -1;
    }
  }
  // scores[0, num_classes) = sum of the rows' weights; handles < 0 are skipped.
  void Score(std::span<const int32_t> rows, float* scores) const;
  // The same, looking the keys up.
  void ScoreKeys(std::span<const uint64_t> keys, float* scores) const;

  // Stores the model as sections "<prefix>.rows" and "<prefix>.weights".
  void Save(std::string_view prefix, ModelWriter* writer) const;
  // Reads what Save wrote, checking every count and index; errors name the file and section.
  Status Load(const ModelFile& file, std::string_view prefix);

 private:
  friend class AveragedPerceptron;
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };
  // Open-addressing slot holding the row's entry range, so a lookup costs one cache miss for
  // the slot and one for the weights.
  struct Slot {
    uint64_t key = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
  };
  void BuildIndex();  // clears IndexOk() when keys repeat or are 0
  bool IndexOk() const { return index_ok_; }

  uint32_t num_classes_ = 0;
  float scale_ = 0;                  // weight = Entry::weight * scale_
  std::vector<uint64_t> keys_;       // per row, in creation order (what the file stores)
  std::vector<uint32_t> row_begin_;  // per row + 1: its entries are [row_begin_[r], [r+1])
  std::vector<Entry> entries_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  bool index_ok_ = true;
};

class AveragedPerceptron {
 public:
  explicit AveragedPerceptron(uint32_t num_classes);

  uint32_t num_classes() const { return num_classes_; }
  size_t num_rows() const { return rows_.size(); }

  // Current (not averaged) scores, as LinearModel::ScoreKeys; features never updated add 0.
  void ScoreKeys(std::span<const uint64_t> keys, float* scores) const;
  // Advances the averaging clock by one example; call once per training example.
  void Tick() { ++clock_; }
  // Adds `amount` to class cls of every feature in keys (creating rows as needed).
  void Update(std::span<const uint64_t> keys, uint32_t cls, float amount);
  // The usual step: +1 to truth, -1 to guess, when they differ.
  void Train(std::span<const uint64_t> keys, uint32_t truth, uint32_t guess) {
    if (truth == guess) return;
    Update(keys, truth, 1.0f);
    Update(keys, guess, -1.0f);
  }

  // The averaged weights, quantised to int16 with one scale; weights that round to 0 and rows
  // left empty are dropped, and so are averaged weights below min_abs_weight in magnitude
  // (pruning: most rare features end up with tiny weights).
  LinearModel Average(double min_abs_weight = 0) const;

 private:
  struct Cell {
    uint32_t cls;
    float w;
    double u;  // sum of clock x update, for the lazy average
  };
  uint32_t num_classes_;
  uint64_t clock_ = 0;  // examples seen
  FeatureIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<std::vector<Cell>> rows_;
};

}  // namespace corroborate::nlp
