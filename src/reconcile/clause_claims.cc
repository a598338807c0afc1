// Clause claims (clause_claims.h): per clause unit, its tokens, names, numbers, dates and the
// sentence's feature weights restricted to them.
#include "reconcile/clause_claims.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyze/quotes.h"
#include "reconcile/clause_units.h"
#include "reconcile/clauses.h"

namespace corroborate {
namespace {

std::string QuantityName(const ClaimQuantity& q) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.6g", q.value);
  return std::string("\x01q").append(q.unit).append("=").append(buf);
}

bool Covers(const Claim& parent, const std::vector<uint32_t>& tokens, const TextSpan& span) {
  for (uint32_t t : tokens) {
    if (parent.tokens[t].span.Overlaps(span)) return true;
  }
  return false;
}

bool IsOrdinal(std::string_view w) {
  static constexpr std::string_view kOrdinals[] = {"second",  "third",  "fourth", "fifth", "sixth",
                                                   "seventh", "eighth", "ninth",  "tenth"};
  for (std::string_view o : kOrdinals) {
    if (w == o) return true;
  }
  return false;
}

// What the clause asserts, for matching another outlet's wording of it: the roots of its finite
// verbs (tagged by the parser) and any ordinal ("the sixth time"), space-separated. Empty without a
// parse: then the clause proves nothing about its predicate.
std::string Predicates(const AnnotatedDoc& doc, const Claim& parent, const ClauseUnit& unit) {
  std::string out;
  if (doc.words.empty() || parent.sentence >= doc.sentences.size()) return out;
  const Sentence& sent = doc.sentences[parent.sentence];
  for (uint32_t t : unit.tokens) {
    const ClaimToken& tok = parent.tokens[t];
    if (tok.punct || tok.entity >= 0) continue;
    bool verb = false;
    for (uint32_t k = sent.word_begin; k < sent.word_end && k < doc.words.size(); ++k) {
      const Word& w = doc.words[k];
      if (w.upos == "VERB" && w.xpos != "VBN" && w.xpos != "VBG" && w.span.Overlaps(tok.span)) {
        verb = true;
        break;
      }
    }
    // A speech or denial verb reports a statement: what it reports is the fact, not the verb.
    if (verb && (IsSpeechCue(tok.lower) || IsDenialVerb(tok.lower))) continue;
    if (!verb && !IsOrdinal(tok.lower)) continue;
    if (!out.empty()) out += ' ';
    out += verb ? WordRoot(tok.lower) : tok.lower;
  }
  return out;
}

bool Has(const std::vector<int32_t>& sorted, int32_t x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
}

Claim ClauseClaim(const ClaimSet& set, const Claim& parent, const ClauseUnit& unit) {
  Claim c;
  c.doc = parent.doc;
  c.sentence = parent.sentence;
  c.span = unit.span;
  c.attributed = parent.attributed;
  std::vector<int32_t> features;  // feature ids the clause holds
  bool negation = false;
  for (uint32_t t : unit.tokens) {
    const ClaimToken& tok = parent.tokens[t];
    c.tokens.push_back(tok);
    if (tok.punct) continue;
    ++c.words;
    negation = negation || tok.negation || tok.lower == "without" || tok.lower == "failed";
    if (tok.feature >= 0) features.push_back(tok.feature);
    if (tok.entity >= 0) c.entities.push_back(tok.entity);
  }
  c.negated = negation;
  std::sort(c.entities.begin(), c.entities.end());
  c.entities.erase(std::unique(c.entities.begin(), c.entities.end()), c.entities.end());
  for (int32_t e : c.entities) {
    const int32_t f = set.StemId(std::string("\x01").append("e").append(std::to_string(e)));
    if (f >= 0) features.push_back(f);
  }
  for (const ClaimQuantity& q : parent.quantities) {
    if (!Covers(parent, unit.tokens, q.span)) continue;
    c.quantities.push_back(q);
    const int32_t f = set.StemId(QuantityName(q));
    if (f >= 0) {
      features.push_back(f);
      c.quantity_features.push_back(f);
    }
  }
  for (const ClaimTime& t : parent.times) {
    if (!Covers(parent, unit.tokens, t.span)) continue;
    c.times.push_back(t);
    if (t.date.has_day()) {
      const int32_t f = set.StemId(std::string("\x01").append("d").append(t.date.Iso()));
      if (f >= 0) features.push_back(f);
    }
  }
  const int32_t no_outcome = set.StemId("\x01o");
  if (negation && no_outcome >= 0) features.push_back(no_outcome);
  std::sort(features.begin(), features.end());
  features.erase(std::unique(features.begin(), features.end()), features.end());
  std::sort(c.quantity_features.begin(), c.quantity_features.end());
  c.quantity_features.erase(std::unique(c.quantity_features.begin(), c.quantity_features.end()),
                            c.quantity_features.end());
  // The sentence's weights (IDF times boost) keep their proportions; renormalised to unit length.
  double norm = 0;
  for (const auto& [f, w] : parent.vec) {
    if (!Has(features, f)) continue;
    c.vec.push_back({f, w});
    norm += static_cast<double>(w) * w;
  }
  norm = std::sqrt(norm);
  if (norm > 0) {
    for (auto& [f, w] : c.vec) w = static_cast<float>(w / norm);
  }
  for (int32_t e : parent.rare_entities) {
    if (std::binary_search(c.entities.begin(), c.entities.end(), e)) c.rare_entities.push_back(e);
  }
  for (int32_t f : parent.distinct_features) {
    if (Has(features, f)) c.distinct_features.push_back(f);
  }
  c.reading.attributions = parent.reading.attributions;
  return c;
}

}  // namespace

void BuildClauseClaims(const StoryInput& story, ClaimSet* set) {
  set->clause_claims.clear();
  set->clause_parent.clear();
  for (size_t i = 0; i < set->claims.size(); ++i) {
    const Claim& parent = set->claims[i];
    if (parent.fragment || parent.heading || parent.doc >= story.docs.size() ||
        story.docs[parent.doc] == nullptr) {
      continue;
    }
    for (const ClauseUnit& unit : SplitUnits(*story.docs[parent.doc], parent)) {
      Claim c = ClauseClaim(*set, parent, unit);
      c.reading.predicate = Predicates(*story.docs[parent.doc], parent, unit);
      if (c.vec.empty() || c.span.empty()) continue;
      set->clause_claims.push_back(std::move(c));
      set->clause_parent.push_back(static_cast<uint32_t>(i));
    }
  }
}

}  // namespace corroborate
