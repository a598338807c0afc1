#include "story/sourcing.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/disjoint_sets.h"
#include "story/citations.h"
#include "story/syndication.h"

namespace corroborate {

std::vector<Sourcing> FindSourcing(const std::vector<const AnnotatedDoc*>& docs,
                                   const std::vector<uint32_t>& article_index) {
  const size_t n = docs.size();
  std::vector<Sourcing> out(n);
  std::vector<const Article*> articles(n, nullptr);
  for (size_t i = 0; i < n; ++i) {
    if (docs[i] != nullptr) articles[i] = docs[i]->article;
  }
  auto index_of = [&](size_t i) -> uint32_t {
    return i < article_index.size() ? article_index[i] : static_cast<uint32_t>(i);
  };

  // Copies: each joins the group of the article it copies (only that one: a roundup that holds
  // two independent reports must not make them one source).
  const std::vector<CopyLink> copies = FindCopies(articles);
  DisjointSets groups(n);
  for (size_t i = 0; i < n; ++i) {
    if (copies[i].from >= 0) groups.Union(i, static_cast<size_t>(copies[i].from));
  }

  // Outlets named as sources. An article citing another article's outlet is not independent.
  std::unordered_map<std::string, std::vector<size_t>> outlet_docs;
  std::unordered_set<std::string> known;
  for (size_t i = 0; i < n; ++i) {
    if (articles[i] == nullptr) continue;
    std::string key = CitationKey(articles[i]->outlet);
    if (key.empty()) continue;
    outlet_docs[key].push_back(i);
    known.insert(key);
  }
  for (size_t i = 0; i < n; ++i) {
    const Article* a = articles[i];
    if (a == nullptr) continue;
    std::vector<std::string>& cites = out[i].cites;
    for (const RemovedLine& line : a->removed) {
      FindCites(line.text, /*strong_only=*/true, known, &cites);
    }
    FindCites(a->text, /*strong_only=*/false, known, &cites);
    // An outlet naming itself ("told the Courier" in The Daily Courier) cites nobody: its
    // whole name, or its name's leading or trailing words.
    const std::string own = CitationKey(a->outlet);
    std::erase_if(cites, [&](const std::string& c) {
      const std::string key = CitationKey(c);
      if (own.empty() || key.empty() || key.size() > own.size()) return false;
      if (key == own) return true;
      return (own.starts_with(key) && own[key.size()] == ' ') ||
             (own.ends_with(key) && own[own.size() - key.size() - 1] == ' ');
    });
    for (const std::string& c : cites) {
      auto it = outlet_docs.find(CitationKey(c));
      if (it == outlet_docs.end()) continue;
      for (size_t j : it->second) {
        if (j != i) groups.Union(i, j);
      }
    }
  }

  // Group id: the smallest account index in the independence group.
  std::vector<uint32_t> group_min(n, UINT32_MAX);
  for (size_t i = 0; i < n; ++i) {
    size_t r = groups.Find(i);
    group_min[r] = std::min(group_min[r], index_of(i));
  }
  for (size_t i = 0; i < n; ++i) {
    out[i].article = index_of(i);
    out[i].group = group_min[groups.Find(i)];
    if (copies[i].from >= 0) {
      out[i].syndicated_from = index_of(static_cast<size_t>(copies[i].from));
      out[i].copied_fraction = copies[i].fraction;
    }
  }
  return out;
}

}  // namespace corroborate
