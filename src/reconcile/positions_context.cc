// Stance context (reconcile/positions_context.h): negation, denial and unasserted readings.
#include "reconcile/positions_context.h"

#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/positions_lexicon.h"

namespace corroborate::positions {

// Stance, with negation in the three words before the trigger (or before "to" of an
// infinitive) applied.
bool Negated(const SentenceView& v, size_t i, bool need_modal) {
  const auto& t = Toks(v);
  if (t[i].negation) return true;
  for (size_t k = i, n = 0; k > 0 && n < 4; --k, ++n) {
    const ClaimToken& p = t[k - 1];
    if (p.punct) break;
    if (!p.negation) continue;
    if (!need_modal || p.lower == "never" || p.lower == "neither" || p.lower == "nor") {
      return true;
    }
    // "won't", "can't": the token itself is the modal.
    if (kModals.count(p.lower)) return true;
    if (k >= 2 && kModals.count(t[k - 2].lower)) return true;
    if (k >= 2 && (t[k - 2].lower == "refuse" || StemWord(t[k - 2].lower) == "refus")) return true;
  }
  return false;
}

// "incorrect to say Putin rejected", "denied that Kyiv accepted": a stance reported as false.
bool DeniedContext(const SentenceView& v, size_t i) {
  static const WordSet kDenial = {"incorrect",   "wrong",     "false",   "untrue",  "denied",
                                  "denies",      "deny",      "denying", "rumours", "rumors",
                                  "speculation", "dismissed", "refuted"};
  const auto& t = Toks(v);
  for (size_t k = i, n = 0; k > 0 && n < 12; --k, ++n) {
    if (kDenial.count(t[k - 1].lower)) return true;
  }
  return false;
}

// A stance word that does not state the actor's position: inside a question, a condition
// ("if Varnia accepts …"), speculation or a forecast ("could accept", "is expected to
// reject"), an obligation others put on it ("Ukraine must resist …"), an accusation ("accused
// X of proposing …") or a purpose ("aimed at demonstrating support"). Scans back through the
// clause only, so "Kestria will reject it if …" still counts.
bool Unasserted(const SentenceView& v, size_t i) {
  static const WordSet kConditional = {"if", "unless", "whether", "lest", "suppose", "supposing"};
  static const WordSet kSpeculative = {
      "could",     "might",   "may",        "likely",      "unlikely", "possibly",
      "perhaps",   "maybe",   "speculated", "speculate",   "rumoured", "rumored",
      "unclear",   "wonder",  "wondered",   "expected",    "expect",   "expects",
      "predicted", "predict", "hoped",      "hypothetical"};
  static const WordSet kNormative = {"should", "must", "ought", "needs", "need"};
  static const WordSet kAccusation = {"accused", "accuses", "accusing", "accuse",    "blamed",
                                      "blames",  "blaming", "alleged",  "allegedly", "charged"};
  static const WordSet kPurpose = {"aimed", "aiming", "designed", "intended", "meant"};
  // "Critics say Kestria wants …": others' reading of the actor, not its stated position.
  static const WordSet kCommentators = {"critics",   "analysts",   "experts",  "commentators",
                                        "opponents", "skeptics",   "sceptics", "pundits",
                                        "observers", "detractors", "rivals"};
  const auto& t = Toks(v);
  // A question: a "?" after the stance word, before the sentence ends.
  std::string_view rest = v.text.substr(
      t[i].span.end, v.claim->span.end > t[i].span.end ? v.claim->span.end - t[i].span.end : 0);
  if (rest.find('?') != std::string_view::npos) return true;
  for (size_t k = i, n = 0; k > 0 && n < 12; --k, ++n) {
    const ClaimToken& p = t[k - 1];
    if (p.punct && !Joiner(v, k - 1)) break;
    const std::string& w = p.lower;
    if (kConditional.count(w) || kAccusation.count(w) || kPurpose.count(w) ||
        kCommentators.count(w)) {
      return true;
    }
    if (kSpeculative.count(w)) {
      // "in May" is a month.
      if (w == "may" && Capitalised(v, k - 1) && k > 1) continue;
      return true;
    }
    if (kNormative.count(w)) {
      // "we must reject …" is the speaker's own position; "Ukraine must resist" is advice.
      bool own = k >= 2 && (t[k - 2].lower == "we" || t[k - 2].lower == "i");
      if (!own) return true;
    }
  }
  return false;
}

}  // namespace corroborate::positions
