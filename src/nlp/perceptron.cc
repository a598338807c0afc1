// Averaged perceptron training and the frozen linear model; see perceptron.h.
#include "nlp/perceptron.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace corroborate::nlp {
namespace {

constexpr uint32_t kMaxClasses = 65535;
constexpr uint64_t kMaxRows = uint64_t{1} << 28;
constexpr uint64_t kMaxWeights = uint64_t{1} << 30;

}  // namespace

void FeatureIndex::Reserve(size_t n) {
  size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  if (capacity <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  size_ = 0;
  for (const Slot& s : old) {
    if (s.key != 0) Insert(s.key, s.row);
  }
}

void FeatureIndex::Grow() { Reserve(size_ + 1 > 8 ? size_ * 2 : 16); }

void FeatureIndex::Clear() {
  slots_.clear();
  mask_ = 0;
  size_ = 0;
}

int32_t FeatureIndex::Insert(uint64_t key, int32_t row) {
  if (2 * (size_ + 1) > slots_.size()) Grow();
  for (size_t i = key & mask_;; i = (i + 1) & mask_) {
    Slot& s = slots_[i];
    if (s.key == key) return s.row;
    if (s.key == 0) {
      s.key = key;
      s.row = row;
      ++size_;
      return row;
    }
  }
}

void LinearModel::Score(std::span<const int32_t> rows, float* scores) const {
  // Integer sums are exact and order-independent; one multiply by the scale at the end.
  int32_t sums[512];
  std::vector<int32_t> big;
  int32_t* acc = sums;
  if (num_classes_ > 512) {
    big.assign(num_classes_, 0);
    acc = big.data();
  } else {
    std::fill(sums, sums + num_classes_, 0);
  }
  const Entry* entries = entries_.data();
  for (int32_t r : rows) {
    if (r < 0) continue;
    const Slot& slot = slots_[r];
    for (uint32_t e = slot.begin; e != slot.end; ++e) acc[entries[e].cls] += entries[e].weight;
  }
  for (uint32_t c = 0; c < num_classes_; ++c) scores[c] = static_cast<float>(acc[c]) * scale_;
}

void LinearModel::ScoreKeys(std::span<const uint64_t> keys, float* scores) const {
  int32_t rows[256];
  std::vector<int32_t> more;
  int32_t* out = rows;
  if (keys.size() > 256) {
    more.resize(keys.size());
    out = more.data();
  }
  // Probe every key first and prefetch each row's weights, so the cache misses overlap.
  for (size_t i = 0; i < keys.size(); ++i) {
    out[i] = Find(keys[i]);
    if (out[i] >= 0) __builtin_prefetch(entries_.data() + slots_[out[i]].begin);
  }
  Score(std::span<const int32_t>(out, keys.size()), scores);
}

void LinearModel::BuildIndex() {
  size_t capacity = 16;
  while (capacity < 2 * keys_.size()) capacity *= 2;
  slots_.assign(capacity, Slot());
  mask_ = capacity - 1;
  index_ok_ = true;
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint64_t key = keys_[r];
    if (key == 0) {
      index_ok_ = false;
      continue;
    }
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.key == key) {
        index_ok_ = false;
        break;
      }
      if (s.key == 0) {
        s = {key, row_begin_[r], row_begin_[r + 1]};
        break;
      }
    }
  }
}

void LinearModel::Save(std::string_view prefix, ModelWriter* writer) const {
  ByteWriter rows;
  rows.U32(num_classes_);
  rows.F32(scale_);
  rows.Array(keys_);
  rows.Array(row_begin_);
  ByteWriter weights;
  std::vector<uint32_t> packed(entries_.size());
  for (size_t i = 0; i < entries_.size(); ++i) {
    packed[i] = entries_[i].cls | (uint32_t{static_cast<uint16_t>(entries_[i].weight)} << 16);
  }
  weights.Array(packed);
  writer->AddSection(std::string(prefix) + ".rows", std::move(rows.bytes()));
  writer->AddSection(std::string(prefix) + ".weights", std::move(weights.bytes()));
}

Status LinearModel::Load(const ModelFile& file, std::string_view prefix) {
  *this = LinearModel();
  const std::string rows_name = std::string(prefix) + ".rows";
  const std::string weights_name = std::string(prefix) + ".weights";
  ByteReader rows = file.Reader(rows_name);
  rows.U32(&num_classes_);
  rows.F32(&scale_);
  rows.Array(&keys_, kMaxRows);
  rows.Array(&row_begin_, kMaxRows + 1);
  if (rows.ok() && !rows.AtEnd()) rows.Fail("unexpected bytes at the end");
  if (rows.ok() && (num_classes_ == 0 || num_classes_ > kMaxClasses)) {
    rows.Fail("bad class count " + std::to_string(num_classes_));
  }
  if (rows.ok() && (scale_ < 0 || row_begin_.size() != keys_.size() + 1 || row_begin_[0] != 0)) {
    rows.Fail("inconsistent row table");
  }
  for (size_t r = 1; rows.ok() && r < row_begin_.size(); ++r) {
    if (row_begin_[r] < row_begin_[r - 1]) rows.Fail("row offsets go backwards");
  }
  if (!rows.ok()) {
    Status s = file.Error(rows.error());
    *this = LinearModel();
    return s;
  }
  ByteReader weights = file.Reader(weights_name);
  std::vector<uint32_t> packed;
  weights.Array(&packed, kMaxWeights);
  if (weights.ok() && !weights.AtEnd()) weights.Fail("unexpected bytes at the end");
  if (weights.ok() && packed.size() != row_begin_.back()) {
    weights.Fail(std::to_string(packed.size()) + " weights, the row table needs " +
                 std::to_string(row_begin_.back()));
  }
  entries_.resize(packed.size());
  for (size_t i = 0; weights.ok() && i < packed.size(); ++i) {
    entries_[i].cls = static_cast<uint16_t>(packed[i] & 0xFFFFu);
    entries_[i].weight = static_cast<int16_t>(static_cast<uint16_t>(packed[i] >> 16));
    if (entries_[i].cls >= num_classes_) weights.Fail("class index out of range");
  }
  if (weights.ok()) {
    BuildIndex();
    if (!IndexOk()) weights.Fail("duplicate or zero feature keys");
  }
  if (!weights.ok()) {
    Status s = file.Error(weights.error());
    *this = LinearModel();
    return s;
  }
  return Status::Ok();
}

AveragedPerceptron::AveragedPerceptron(uint32_t num_classes) : num_classes_(num_classes) {}

void AveragedPerceptron::ScoreKeys(std::span<const uint64_t> keys, float* scores) const {
  std::fill(scores, scores + num_classes_, 0.0f);
  for (uint64_t key : keys) {
    int32_t r = index_.Find(key);
    if (r < 0) continue;
    for (const Cell& c : rows_[r]) scores[c.cls] += c.w;
  }
}

void AveragedPerceptron::Update(std::span<const uint64_t> keys, uint32_t cls, float amount) {
  // The update first counts in the weights after example `clock_`, so it is missing from the
  // clock_ - 1 earlier ones.
  const double stamp = static_cast<double>(clock_ > 0 ? clock_ - 1 : 0) * amount;
  for (uint64_t key : keys) {
    int32_t r = index_.Insert(key, static_cast<int32_t>(rows_.size()));
    if (static_cast<size_t>(r) == rows_.size()) {
      rows_.emplace_back();
      keys_.push_back(key);
    }
    std::vector<Cell>& row = rows_[r];
    auto it = std::find_if(row.begin(), row.end(), [cls](const Cell& c) { return c.cls == cls; });
    if (it == row.end()) {
      row.push_back({cls, 0.0f, 0.0});
      it = row.end() - 1;
    }
    it->w += amount;
    it->u += stamp;
  }
}

LinearModel AveragedPerceptron::Average(double min_abs_weight) const {
  LinearModel m;
  m.num_classes_ = num_classes_;
  const double clock = static_cast<double>(clock_ > 0 ? clock_ : 1);
  double max_abs = 0;
  for (const auto& row : rows_) {
    for (const Cell& c : row) max_abs = std::max(max_abs, std::fabs(c.w - c.u / clock));
  }
  m.scale_ = max_abs > 0 ? static_cast<float>(max_abs / 32767.0) : 1.0f;
  const double inverse = 1.0 / m.scale_;
  m.row_begin_.push_back(0);
  std::vector<LinearModel::Entry> row_entries;
  for (size_t r = 0; r < rows_.size(); ++r) {
    row_entries.clear();
    for (const Cell& c : rows_[r]) {
      if (std::fabs(c.w - c.u / clock) < min_abs_weight) continue;
      double q = std::nearbyint((c.w - c.u / clock) * inverse);
      q = std::clamp(q, -32767.0, 32767.0);
      if (q != 0) row_entries.push_back({static_cast<uint16_t>(c.cls), static_cast<int16_t>(q)});
    }
    if (row_entries.empty()) continue;
    std::sort(row_entries.begin(), row_entries.end(),
              [](const auto& a, const auto& b) { return a.cls < b.cls; });
    m.keys_.push_back(keys_[r]);
    m.entries_.insert(m.entries_.end(), row_entries.begin(), row_entries.end());
    m.row_begin_.push_back(static_cast<uint32_t>(m.entries_.size()));
  }
  m.BuildIndex();
  return m;
}

}  // namespace corroborate::nlp
