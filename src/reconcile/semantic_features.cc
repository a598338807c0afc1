// Concept and place-containment features of claims; see semantic_features.h.
#include "reconcile/semantic_features.h"

#include <algorithm>
#include <span>
#include <string_view>
#include <unordered_set>

#include "nlp/lexicon.h"
#include "nlp/place_names.h"

namespace corroborate {
namespace {

constexpr char kConceptPrefix[] =
    "\x01"
    "c";
constexpr char kCountryPrefix[] =
    "\x01"
    "p";

// Weights of the two kinds against a word feature's 1 (claims.cc multiplies them into the
// IDF weight), chosen on the gold sets (docs/nlp.md): concepts at 0.6-0.7 merged paraphrases
// without wrong merges, from 0.8 on precision fell; the country feature is neutral there and
// kept small.
constexpr float kConceptBoost = 0.7f;
constexpr float kCountryBoost = 0.6f;

// Particles that make a phrasal verb with the word before them ("step down", "pull out").
bool IsParticle(std::string_view w) {
  return w == "down" || w == "up" || w == "out" || w == "off" || w == "over" || w == "back" ||
         w == "away" || w == "in" || w == "on";
}

// The concepts of token i: its phrasal verb's when the lexicon knows one ("stepped down"),
// else its lemma's (or the folded word's) with the folded word's own (the plural "talks" is
// a word of its own).
void TokenConcepts(const nlp::Lexicon& lexicon, const std::vector<ClaimToken>& tokens, size_t i,
                   std::vector<uint32_t>* out) {
  out->clear();
  const ClaimToken& tok = tokens[i];
  const std::string& base = tok.lemma.empty() ? tok.lower : tok.lemma;
  if (i + 1 < tokens.size() && !tokens[i + 1].punct && IsParticle(tokens[i + 1].lower)) {
    std::span<const uint32_t> phrasal = lexicon.Concepts(base, tokens[i + 1].lower);
    if (!phrasal.empty()) {
      out->assign(phrasal.begin(), phrasal.end());
      return;
    }
  }
  std::span<const uint32_t> found = lexicon.Concepts(base);
  out->assign(found.begin(), found.end());
  if (base != tok.lower) {
    for (uint32_t c : lexicon.Find(tok.lower)) {
      if (std::find(out->begin(), out->end(), c) == out->end()) out->push_back(c);
    }
  }
}

void AddConcepts(const nlp::Lexicon& lexicon, const ClaimSet& set,
                 std::vector<std::vector<SemanticFeature>>* out) {
  const float boost = kConceptBoost;
  // (concept, root, claim) for every content word; roots are the claims' word features.
  struct Hit {
    uint32_t sense;
    int32_t root;
    uint32_t claim;
  };
  std::vector<Hit> hits;
  std::vector<uint32_t> concepts;
  for (size_t i = 0; i < set.claims.size(); ++i) {
    const Claim& c = set.claims[i];
    if (c.fragment) continue;
    for (size_t t = 0; t < c.tokens.size(); ++t) {
      if (c.tokens[t].feature < 0) continue;
      TokenConcepts(lexicon, c.tokens, t, &concepts);
      for (uint32_t k : concepts)
        hits.push_back({k, c.tokens[t].feature, static_cast<uint32_t>(i)});
    }
  }
  // A concept counts when at least two roots of the story reach it. (Leaving out concepts in
  // more than 2-10 % of the claims lost merges on both gold sets: a common concept still helps
  // two paraphrases a little, and its IDF keeps it small.)
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.sense != b.sense) return a.sense < b.sense;
    if (a.root != b.root) return a.root < b.root;
    return a.claim < b.claim;
  });
  for (size_t i = 0; i < hits.size();) {
    size_t j = i;
    int roots = 0;
    for (; j < hits.size() && hits[j].sense == hits[i].sense; ++j) {
      if (j == i || hits[j].root != hits[j - 1].root) ++roots;
    }
    if (roots >= 2) {
      const std::string name = std::string(kConceptPrefix).append(std::to_string(hits[i].sense));
      for (size_t k = i; k < j; ++k) {
        auto& features = (*out)[hits[k].claim];
        if (features.empty() || features.back().name != name) features.push_back({name, boost});
      }
    }
    i = j;
  }
}

// Country code of a place entity: ("UA", true) for a country, ("UA", false) for a town whose
// own name (else every bearer of the name) lies in that country alone, or whose most populous
// bearer outnumbers every other one tenfold (the "Dublin" of news text is Ireland's, not
// Ohio's); ("", false) otherwise.
std::pair<std::string, bool> CountryOfPlace(const nlp::PlaceNames& places,
                                            const std::string& name) {
  std::span<const uint32_t> entries = places.Find(NameKey(name));
  if (entries.empty()) return {"", false};
  bool own = false;
  for (uint32_t e : entries) own = own || nlp::PlaceNames::IsOwnName(e);
  std::string code;
  bool country = false, several = false;
  uint32_t top = 0, second = 0;
  std::string top_code;
  for (uint32_t e : entries) {
    if (own && !nlp::PlaceNames::IsOwnName(e)) continue;
    const nlp::PlaceInfo info = places.place(e);
    const std::string c = info.country;
    if (c.empty()) return {"", false};
    several = several || (!code.empty() && c != code);
    code = c;
    country = country || info.kind == nlp::PlaceKind::kCountry;
    if (info.population > top) {
      second = top;
      top = info.population;
      top_code = c;
    } else {
      second = std::max(second, info.population);
    }
  }
  if (!several) return {code, country};
  if (!country && second > 0 && top / 10 >= second) return {top_code, false};
  return {"", false};
}

void AddCountries(const nlp::PlaceNames& places, const ResolvedEntities& resolved,
                  const ClaimSet& set, std::vector<std::vector<SemanticFeature>>* out) {
  const float boost = kCountryBoost;
  std::vector<std::pair<std::string, bool>> of(resolved.entities.size());
  std::unordered_set<std::string> countries, towns;
  for (size_t e = 0; e < resolved.entities.size(); ++e) {
    if (resolved.entities[e].type != EntityType::kPlace) continue;
    of[e] = CountryOfPlace(places, resolved.entities[e].name);
    if (of[e].first.empty()) continue;
    (of[e].second ? countries : towns).insert(of[e].first);
  }
  for (size_t i = 0; i < set.claims.size(); ++i) {
    const Claim& c = set.claims[i];
    if (c.fragment) continue;
    std::vector<std::string> codes;
    for (int32_t e : c.entities) {
      if (e < 0 || static_cast<size_t>(e) >= of.size() || of[e].first.empty()) continue;
      const std::string& code = of[e].first;
      // Both the country and one of its towns must be in the story.
      if (countries.count(code) && towns.count(code)) codes.push_back(code);
    }
    std::sort(codes.begin(), codes.end());
    codes.erase(std::unique(codes.begin(), codes.end()), codes.end());
    for (const std::string& code : codes) {
      (*out)[i].push_back({std::string(kCountryPrefix).append(code), boost});
    }
  }
}

}  // namespace

std::vector<std::vector<SemanticFeature>> SemanticClaimFeatures(const StoryInput& story,
                                                                const ResolvedEntities& resolved,
                                                                const ClaimSet& set) {
  std::vector<std::vector<SemanticFeature>> out(set.claims.size());
  if (story.lexicon != nullptr && !story.lexicon->empty()) AddConcepts(*story.lexicon, set, &out);
  if (story.places != nullptr && !story.places->empty())
    AddCountries(*story.places, resolved, set, &out);
  return out;
}

}  // namespace corroborate
