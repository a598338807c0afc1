// Quote alignment (quotes.h): candidate pairs of occurrences through selective keys, merged
// strongest first into one AccountQuote per statement.
#include "reconcile/quotes.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "reconcile/quote_similarity.h"

namespace corroborate {
namespace {

// A word shared by more quotes than this is not followed when looking for candidate pairs.
constexpr size_t kMinPostingCap = 50;

// The keys an occurrence is looked up by: its words, and for an attributed quote (speaker,
// word) and (speaker, concept) pairs, which keep a trimmed or translated quote with its fuller
// wording even when all its words are common.
std::vector<uint64_t> CandidateKeys(const QuoteOccurrence& o) {
  std::vector<uint64_t> keys(o.set);
  if (o.entity >= 0) {
    const uint64_t salt = 0x9E3779B97F4A7C15ULL * (static_cast<uint64_t>(o.entity) + 1);
    for (uint64_t w : o.set) keys.push_back(w ^ salt);
    for (uint64_t c : o.wording.concepts) keys.push_back((c ^ salt) * 0xFF51AFD7ED558CCDULL);
  }
  return SortedUnique(std::move(keys));
}

using ScoredPair = std::pair<double, std::pair<uint32_t, uint32_t>>;

struct CandidatePairs {
  std::vector<ScoredPair> scored;  // same statement, strongest first
  // Same words, different resolved speakers of one type (occurrence indices).
  std::vector<std::pair<uint32_t, uint32_t>> other_speaker;
};

// Candidate pairs through shared selective keys, scored. Keys found in more than
// max(kMinPostingCap, n / 50) occurrences ("the", "we", a prolific speaker's "will") propose no
// pairs, so the cost stays near-linear in the number of quotes; the score still uses every word.
CandidatePairs FindCandidatePairs(const std::vector<QuoteOccurrence>& occ,
                                  const ResolvedEntities& entities) {
  const size_t n = occ.size();
  std::unordered_map<uint64_t, uint32_t> frequency;
  for (const QuoteOccurrence& o : occ) {
    for (uint64_t k : CandidateKeys(o)) ++frequency[k];
  }
  const uint32_t cap = static_cast<uint32_t>(std::max<size_t>(kMinPostingCap, n / 50));
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  CandidatePairs out;
  std::unordered_set<uint64_t> tried;
  for (uint32_t i = 0; i < n; ++i) {
    for (uint64_t k : CandidateKeys(occ[i])) {
      if (frequency[k] > cap) continue;
      std::vector<uint32_t>& list = postings[k];
      for (uint32_t j : list) {
        if (!tried.insert((static_cast<uint64_t>(j) << 32) | i).second) continue;
        const QuoteOccurrence& a = occ[j];
        const QuoteOccurrence& b = occ[i];
        if (a.entity >= 0 && b.entity >= 0 && a.entity != b.entity) {
          if (EntityTypeOf(entities, a.entity) == EntityTypeOf(entities, b.entity) &&
              SameQuoteWords(a, b)) {
            out.other_speaker.push_back({j, i});
          }
          continue;
        }
        double score = QuoteSimilarity(a, b);
        if (score > 0) out.scored.push_back({score, {j, i}});
      }
      list.push_back(i);
    }
  }
  std::sort(out.scored.begin(), out.scored.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  return out;
}

// Merges scored pairs strongest first, never joining two different speakers nor an unnamed
// source with a named person. *group_entity: the speaker of each group, at its root.
void MergeStrongestFirst(const std::vector<QuoteOccurrence>& occ,
                         const std::vector<ScoredPair>& pairs, const ResolvedEntities& entities,
                         DisjointSets* sets, std::vector<int32_t>* group_entity) {
  const size_t n = occ.size();
  group_entity->resize(n);
  std::vector<uint8_t> group_anonymous(n);
  for (size_t i = 0; i < n; ++i) {
    (*group_entity)[i] = occ[i].entity;
    group_anonymous[i] = occ[i].anonymous;
  }
  auto named_person = [&](int32_t e) {
    return e >= 0 && EntityTypeOf(entities, e) == EntityType::kPerson;
  };
  for (const auto& [score, p] : pairs) {
    size_t a = sets->Find(p.first), b = sets->Find(p.second);
    if (a == b) continue;
    int32_t ea = (*group_entity)[a], eb = (*group_entity)[b];
    if (ea >= 0 && eb >= 0 && ea != eb) continue;  // never join two different speakers
    // An unnamed source ("a U.S. official") is never taken for a named person.
    if ((group_anonymous[a] && named_person(eb)) || (group_anonymous[b] && named_person(ea))) {
      continue;
    }
    size_t root = sets->Union(a, b);
    (*group_entity)[root] = ea >= 0 ? ea : eb;
    group_anonymous[root] = group_anonymous[a] || group_anonymous[b];
  }
}

// One group of occurrences as one AccountQuote (without its id).
struct BuiltQuote {
  AccountQuote quote;
  std::vector<uint32_t> members;
  size_t root = 0;
  size_t articles = 0;
  size_t first = 0;  // index of the first occurrence (doc order, then offset)
};

// The quote of one group: its longest wording, every article's evidence, the speaker entity
// or else the description most occurrences give.
BuiltQuote BuildQuote(const StoryInput& story, const ResolvedEntities& entities,
                      const std::vector<QuoteOccurrence>& occ, size_t root,
                      const std::vector<uint32_t>& list, int32_t e) {
  BuiltQuote b;
  b.first = list.front();
  b.root = root;
  b.members = list;
  AccountQuote& q = b.quote;
  q.direct = false;
  size_t longest = list.front();
  std::vector<std::pair<std::string, int>> descriptions;
  std::unordered_set<uint32_t> articles;
  for (size_t i : list) {
    const QuoteOccurrence& o = occ[i];
    q.direct = q.direct || o.direct;
    Evidence ev = o.doc < story.article_index.size()
                      ? story.At(o.doc, o.text)
                      : Evidence{static_cast<uint32_t>(o.doc), o.text};
    q.evidence.push_back(ev);
    articles.insert(ev.article);
    const QuoteOccurrence& l = occ[longest];
    if (o.words.size() > l.words.size() ||
        (o.words.size() == l.words.size() && o.text.size() > l.text.size())) {
      longest = i;
    }
    if (!o.description.empty()) {
      auto it = std::find_if(descriptions.begin(), descriptions.end(),
                             [&](const auto& d) { return IEquals(d.first, o.description); });
      if (it == descriptions.end()) {
        descriptions.emplace_back(o.description, 1);
      } else {
        ++it->second;
      }
    }
  }
  const QuoteOccurrence& l = occ[longest];
  q.text = std::string(Trim(l.text.Of(story.docs[l.doc]->text())));
  q.cue = l.cue;
  for (size_t i : list) {
    if (q.cue.empty()) q.cue = occ[i].cue;
  }
  if (e >= 0 && static_cast<size_t>(e) < entities.entities.size()) {
    q.speaker = entities.entities[static_cast<size_t>(e)].id;
    q.speaker_name = entities.entities[static_cast<size_t>(e)].name;
  } else if (!descriptions.empty()) {
    q.speaker_name =
        std::max_element(descriptions.begin(), descriptions.end(),
                         [](const auto& x, const auto& y) { return x.second < y.second; })
            ->first;
  }
  b.articles = articles.size();
  return b;
}

}  // namespace

QuoteAlignment AlignQuoteOccurrences(const StoryInput& story, const ResolvedEntities& entities) {
  std::vector<QuoteOccurrence> occ = ReadQuoteOccurrences(story, entities);
  const size_t n = occ.size();
  CandidatePairs pairs = FindCandidatePairs(occ, entities);
  DisjointSets sets(n);
  std::vector<int32_t> group_entity;
  MergeStrongestFirst(occ, pairs.scored, entities, &sets, &group_entity);

  // One AccountQuote per group; quotes carried by more articles first.
  std::map<size_t, std::vector<uint32_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[sets.Find(i)].push_back(static_cast<uint32_t>(i));
  std::vector<BuiltQuote> built;
  for (auto& [root, list] : groups) {
    built.push_back(BuildQuote(story, entities, occ, root, list, group_entity[root]));
  }
  std::stable_sort(built.begin(), built.end(), [](const BuiltQuote& a, const BuiltQuote& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.first < b.first;
  });
  QuoteAlignment out;
  out.quotes.reserve(built.size());
  std::unordered_map<size_t, uint32_t> quote_of_root;
  for (BuiltQuote& b : built) {
    quote_of_root[b.root] = static_cast<uint32_t>(out.quotes.size());
    b.quote.id = "q" + std::to_string(out.quotes.size() + 1);
    out.quotes.push_back(std::move(b.quote));
    out.members.push_back(std::move(b.members));
  }
  std::set<std::pair<uint32_t, uint32_t>> seen_pairs;
  for (const auto& [a, b] : pairs.other_speaker) {
    uint32_t qa = quote_of_root[sets.Find(a)], qb = quote_of_root[sets.Find(b)];
    if (qa == qb) continue;
    if (qa > qb) std::swap(qa, qb);
    if (seen_pairs.insert({qa, qb}).second) out.same_words_other_speaker.push_back({qa, qb});
  }
  out.occurrences = std::move(occ);
  return out;
}

std::vector<AccountQuote> AlignQuotes(const StoryInput& story, const ResolvedEntities& entities) {
  return AlignQuoteOccurrences(story, entities).quotes;
}

}  // namespace corroborate
