#include "reconcile/support.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "core/strings.h"
#include "story/citations.h"

namespace corroborate {

SupportIndex::SupportIndex(const StoryInput& story) : story_(story) {
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string key = CitationKey(doc->article->outlet);
    if (key.empty()) continue;
    known_.insert(key);
    outlet_[key].push_back(d);
  }
  // The outlet that names a group: its earliest original doc's (not a copy, citing nothing),
  // else its first doc's.
  std::unordered_set<uint64_t> named_by_original;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const uint64_t g =
        d < story.sourcing.size() ? story.sourcing[d].group : (uint64_t{1} << 40) + d;
    const bool original = d < story.sourcing.size() && story.sourcing[d].syndicated_from < 0 &&
                          story.sourcing[d].cites.empty();
    auto [it, inserted] = group_names_.emplace(g, OutletOf(d));
    if (original && !named_by_original.count(g)) {
      it->second = OutletOf(d);
      named_by_original.insert(g);
    }
  }
}

std::string SupportIndex::OutletOf(size_t doc) const {
  if (doc >= story_.docs.size() || story_.docs[doc] == nullptr ||
      story_.docs[doc]->article == nullptr) {
    return "article " + std::to_string(doc + 1);
  }
  const Article& a = *story_.docs[doc]->article;
  return a.outlet.empty() ? a.id : a.outlet;
}

std::string SupportIndex::IdOfArticle(int64_t account_index) const {
  for (size_t d = 0; d < story_.article_index.size() && d < story_.docs.size(); ++d) {
    if (static_cast<int64_t>(story_.article_index[d]) == account_index && story_.docs[d] &&
        story_.docs[d]->article) {
      return story_.docs[d]->article->id;
    }
  }
  return "article " + std::to_string(account_index + 1);
}

std::vector<SupportChain> SupportIndex::Chains(const ClaimSet& claims,
                                               const std::vector<uint32_t>& members) const {
  // Key of the source each supporting doc counts under: "g<group>" or "o<cited outlet key>".
  struct Link {
    size_t doc;
    std::string key;
    std::string source;  // name of that source
    std::string via;
    uint64_t group = 0;  // the group counted under, for "g" keys
  };
  auto group_of = [&](size_t d) -> uint64_t {
    return d < story_.sourcing.size() ? story_.sourcing[d].group : (uint64_t{1} << 40) + d;
  };
  auto group_name = [&](uint64_t g) {
    auto it = group_names_.find(g);
    return it == group_names_.end() ? std::string() : it->second;
  };
  std::vector<Link> links;
  std::vector<size_t> seen_docs;
  for (uint32_t m : members) {
    if (m >= claims.claims.size()) continue;
    const Claim& c = claims.claims[m];
    const size_t d = c.doc;
    if (std::find(seen_docs.begin(), seen_docs.end(), d) != seen_docs.end()) continue;
    if (d >= story_.docs.size() || story_.docs[d] == nullptr) continue;
    seen_docs.push_back(d);
    Link link{d, "g" + std::to_string(group_of(d)), "", "original", group_of(d)};
    const std::string own = CitationKey(story_.docs[d]->article->outlet);
    // The sentence itself cites an outlet: the fact comes from there.
    std::vector<std::string> cites;
    FindCites(c.span.Of(story_.docs[d]->text()), /*strong_only=*/false, known_, &cites);
    bool cited = false;
    for (const std::string& name : cites) {
      const std::string key = CitationKey(name);
      // Its own name, or part of it ("the Courier" in The Daily Courier), is not a citation.
      if (key.empty() || key == own ||
          (own.size() > key.size() && own.compare(own.size() - key.size(), key.size(), key) == 0 &&
           own[own.size() - key.size() - 1] == ' ')) {
        continue;
      }
      auto it = outlet_.find(key);
      if (it != outlet_.end()) {
        link.group = group_of(it->second.front());
        link.key = "g" + std::to_string(link.group);
        link.via = "cites " + name;
      } else {
        link.key = "o" + key;
        link.source = name;
        link.via = "cites " + name + " (not in this story)";
      }
      cited = true;
      break;
    }
    if (!cited && d < story_.sourcing.size()) {
      const Sourcing& s = story_.sourcing[d];
      if (s.syndicated_from >= 0) {
        link.via = "copy of " + IdOfArticle(s.syndicated_from);
      } else {
        // The article as a whole cites an outlet of its group.
        for (const std::string& name : s.cites) {
          auto it = outlet_.find(CitationKey(name));
          if (it == outlet_.end()) continue;
          for (size_t other : it->second) {
            if (other != d && group_of(other) == group_of(d)) {
              link.via = "cites " + name;
              break;
            }
          }
          if (link.via != "original") break;
        }
      }
    }
    links.push_back(std::move(link));
  }
  std::vector<SupportChain> out;
  std::map<std::string, size_t> chain_of;
  for (const Link& l : links) {
    auto [it, inserted] = chain_of.emplace(l.key, out.size());
    if (inserted) {
      SupportChain chain;
      chain.source = !l.source.empty() ? l.source : group_name(l.group);
      out.push_back(std::move(chain));
    }
    const uint32_t article =
        l.doc < story_.article_index.size() ? story_.article_index[l.doc] : uint32_t(l.doc);
    out[it->second].links.push_back({article, l.via});
  }
  return out;
}

}  // namespace corroborate
