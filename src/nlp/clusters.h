// Word clusters for the models' features: normalised word (NormalizeWord) -> the bit string of
// its Brown cluster (brown_clustering.h), stored as 64-bit word hashes and paths truncated to
// kMaxClusterPathBits. Prefixes of the path are coarser clusters (Koo et al. 2008: 4-6 bits act
// like part-of-speech tags, full paths like word classes), which is how the tagger and the
// recogniser use them.
//
// models/clusters.bin (kind "clusters", nlp/model_file.h) holds one table; a tagger or
// recogniser trained with clusters stores its own copy (section "clusters") so a model always
// sees the clusters it was trained with. Section layout: u64 count, then count u64 keys
// (ascending), then count u32 paths (bits left-aligned from bit 31 down, length in bits 0-5).
// Thread-safety: a loaded table is immutable.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

inline constexpr uint32_t kMaxClusterPathBits = 26;
inline constexpr char kClustersKind[] = "clusters";

class WordClusters {
 public:
  // words[i] (normalised) has the path paths[i] ("0110…"; longer ones are truncated). Words
  // given twice keep their first path.
  static WordClusters FromPaths(const std::vector<std::string>& words,
                                const std::vector<std::string>& paths);

  // The packed path of a normalised word: 0 when unknown (a known word has length >= 1, or
  // the single cluster's empty path, packed as 0 too).
  uint32_t Path(std::string_view normalized) const;
  // The first `bits` bits of a packed path with their count, as a feature value ("0110" and
  // "011" differ, unknown words give 0).
  static uint32_t Prefix(uint32_t path, uint32_t bits);
  // "0110…" for a packed path (tests, diagnostics).
  static std::string PathString(uint32_t path);

  size_t size() const { return keys_.size(); }
  bool empty() const { return keys_.empty(); }

  void Save(std::string_view section, ModelWriter* writer) const;
  Status Load(const ModelFile& file, std::string_view section);

  // models/clusters.bin: the table in section "clusters", with meta (how it was trained).
  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  static Result<WordClusters> LoadFile(const std::string& path);

 private:
  FeatureIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> paths_;
};

}  // namespace corroborate::nlp
