// Word cluster table; see clusters.h.
#include "nlp/clusters.h"

#include <algorithm>
#include <numeric>

#include "nlp/feature_key.h"

namespace corroborate::nlp {
namespace {

constexpr uint32_t kLengthMask = 63;
constexpr uint64_t kMaxWords = uint64_t{1} << 24;

uint32_t Pack(std::string_view bits) {
  const uint32_t n = static_cast<uint32_t>(std::min<size_t>(bits.size(), kMaxClusterPathBits));
  uint32_t packed = n;
  for (uint32_t i = 0; i < n; ++i) {
    if (bits[i] == '1') packed |= uint32_t{1} << (31 - i);
  }
  return packed;
}

// The bits below a path's length (and above the length field) must be zero.
bool WellFormed(uint32_t path) {
  const uint32_t n = path & kLengthMask;
  if (n > kMaxClusterPathBits) return false;
  const uint32_t used = n == 0 ? 0 : ~((uint32_t{1} << (32 - n)) - 1);
  return (path & ~used & ~kLengthMask) == 0;
}

}  // namespace

WordClusters WordClusters::FromPaths(const std::vector<std::string>& words,
                                     const std::vector<std::string>& paths) {
  std::vector<std::pair<uint64_t, uint32_t>> entries;
  FeatureIndex seen;
  for (size_t i = 0; i < words.size() && i < paths.size(); ++i) {
    const uint64_t key = FeatureKey(0, words[i]);
    if (seen.Insert(key, static_cast<int32_t>(entries.size())) !=
        static_cast<int32_t>(entries.size())) {
      continue;
    }
    entries.emplace_back(key, Pack(paths[i]));
  }
  // Sorted by key, so the table's bytes do not depend on the input order.
  std::sort(entries.begin(), entries.end());
  WordClusters c;
  c.index_.Reserve(entries.size());
  for (const auto& [key, path] : entries) {
    c.index_.Insert(key, static_cast<int32_t>(c.keys_.size()));
    c.keys_.push_back(key);
    c.paths_.push_back(path);
  }
  return c;
}

uint32_t WordClusters::Path(std::string_view normalized) const {
  if (keys_.empty()) return 0;
  const int32_t row = index_.Find(FeatureKey(0, normalized));
  return row < 0 ? 0 : paths_[row];
}

uint32_t WordClusters::Prefix(uint32_t path, uint32_t bits) {
  const uint32_t n = std::min(path & kLengthMask, bits);
  if (n == 0) return 0;
  return (path & ~((uint32_t{1} << (32 - n)) - 1)) | n;
}

std::string WordClusters::PathString(uint32_t path) {
  std::string s;
  for (uint32_t i = 0; i < (path & kLengthMask); ++i) {
    s.push_back((path >> (31 - i)) & 1 ? '1' : '0');
  }
  return s;
}

void WordClusters::Save(std::string_view section, ModelWriter* writer) const {
  ByteWriter w;
  w.Array(keys_);
  w.Array(paths_);
  writer->AddSection(std::string(section), std::move(w.bytes()));
}

Status WordClusters::Load(const ModelFile& file, std::string_view section) {
  *this = WordClusters();
  if (!file.Has(section)) return file.Error("no section '" + std::string(section) + "'");
  ByteReader r = file.Reader(section);
  r.Array(&keys_, kMaxWords);
  r.Array(&paths_, kMaxWords);
  if (r.ok() && !r.AtEnd()) r.Fail("unexpected bytes at the end");
  if (r.ok() && keys_.size() != paths_.size()) r.Fail("keys and paths differ in number");
  for (size_t i = 0; r.ok() && i < keys_.size(); ++i) {
    if (keys_[i] == 0 || (i > 0 && keys_[i] <= keys_[i - 1])) {
      r.Fail("keys not in ascending order or zero (entry " + std::to_string(i) + ")");
    } else if (!WellFormed(paths_[i])) {
      r.Fail("malformed path at entry " + std::to_string(i));
    }
  }
  if (!r.ok()) {
    *this = WordClusters();
    return file.Error(r.error());
  }
  index_.Reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.Insert(keys_[i], static_cast<int32_t>(i));
  return Status::Ok();
}

std::string WordClusters::Serialize(
    const std::vector<std::pair<std::string, std::string>>& meta) const {
  ModelWriter writer(kClustersKind);
  Save("clusters", &writer);
  for (const auto& [key, value] : meta) writer.AddMeta(key, value);
  return writer.Serialize();
}

Result<WordClusters> WordClusters::LoadFile(const std::string& path) {
  Result<ModelFile> file = ModelFile::Load(path, kClustersKind);
  if (!file.ok()) return file.status();
  if (file->kind() != kClustersKind) {
    return file->Error("is a " + file->kind() + " model, expected clusters");
  }
  WordClusters clusters;
  if (Status s = clusters.Load(*file, "clusters"); !s.ok()) return s;
  if (clusters.empty()) return file->Error("section 'clusters': no words");
  return clusters;
}

}  // namespace corroborate::nlp
