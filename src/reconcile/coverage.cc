#include "reconcile/coverage.h"

#include <unordered_map>

namespace corroborate {

std::vector<Coverage> BuildCoverage(const StoryInput& story, const FactTable& table) {
  std::vector<Coverage> out(story.docs.size());
  std::unordered_map<uint32_t, size_t> row_of;  // article index -> row
  for (size_t d = 0; d < story.docs.size(); ++d) {
    out[d].article =
        d < story.article_index.size() ? story.article_index[d] : static_cast<uint32_t>(d);
    row_of.emplace(out[d].article, d);
  }
  std::vector<char> supports(story.docs.size());
  for (const Fact& f : table.facts) {
    std::fill(supports.begin(), supports.end(), 0);
    for (const Evidence& e : f.evidence) {
      auto it = row_of.find(e.article);
      if (it == row_of.end() || supports[it->second]) continue;
      supports[it->second] = 1;
      out[it->second].facts.push_back(f.id);
    }
    if (f.independent_sources < 2) continue;
    for (size_t d = 0; d < out.size(); ++d) {
      if (!supports[d]) out[d].omits.push_back(f.id);
    }
  }
  return out;
}

}  // namespace corroborate
