// Denied propositions (denied_propositions.h): parsing one and scoring its assertions.
#include "reconcile/denied_propositions.h"

#include <string>

namespace corroborate {

bool ParseProposition(const ClaimTokens& toks, size_t b, size_t e, DeniedProposition* p) {
  size_t i = b;
  for (; i < e; ++i) {
    if (toks[i].entity >= 0) {
      p->key_entity = toks[i].entity;
      while (i < e && toks[i].entity == p->key_entity) {
        if (!IsStopword(toks[i].lower)) p->key_words.insert(toks[i].lower);
        ++i;
      }
      break;
    }
    if (toks[i].feature >= 0) {
      p->key_words.insert(toks[i].lower);
      ++i;
      break;
    }
  }
  if (p->key_words.empty()) return false;
  for (; i < e; ++i) {
    if (toks[i].feature >= 0) {
      if (p->predicate.empty()) {
        p->predicate = StemWord(toks[i].lower);
      } else {
        p->rest.insert(StemWord(toks[i].lower));
      }
    } else if (toks[i].entity >= 0 && toks[i].entity != p->key_entity) {
      p->rest.insert(std::string("#e").append(std::to_string(toks[i].entity)));
    } else if (!toks[i].punct && !toks[i].lower.empty() && toks[i].lower[0] == '^') {
      p->rest.insert(toks[i].lower);
    }
  }
  return !p->predicate.empty();
}

int AssertionScore(const Claim& c, const DeniedProposition& p) {
  const ClaimTokens& toks = c.tokens;
  for (size_t i = 0; i < toks.size(); ++i) {
    bool key = (p.key_entity >= 0 && toks[i].entity == p.key_entity) ||
               p.key_words.count(toks[i].lower) > 0;
    if (!key) continue;
    for (size_t j = i + 1; j < toks.size() && j <= i + 6; ++j) {
      if (StopsClause(toks[j]) && toks[j].lower != ",") break;
      if (toks[j].negation) break;
      if (toks[j].punct || toks[j].lower.empty()) continue;
      if (StemWord(toks[j].lower) != p.predicate) continue;
      int score = 0;
      std::set<std::string> have;
      for (const auto& t : toks) {
        if (t.entity >= 0) have.insert(std::string("#e").append(std::to_string(t.entity)));
        if (!t.punct && !t.lower.empty()) have.insert(StemWord(t.lower));
        if (!t.lower.empty() && t.lower[0] == '^') have.insert(t.lower);
      }
      for (const auto& r : p.rest) score += have.count(r) ? 1 : 0;
      return score;
    }
  }
  return -1;
}

}  // namespace corroborate
