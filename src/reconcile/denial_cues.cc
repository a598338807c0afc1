// Denial cues (denial_cues.h): cue phrases, the passive form, and the denied clause.
#include "reconcile/denial_cues.h"

#include <string_view>
#include <unordered_set>
#include <vector>

namespace corroborate {
namespace {

using Tokens = ClaimTokens;

// Cue phrases after which the denied proposition follows.
const std::vector<std::vector<std::string_view>>& ForwardCues() {
  static const auto* kCues =
      new std::vector<std::vector<std::string_view>>{{"incorrect", "to", "say"},
                                                     {"wrong", "to", "say"},
                                                     {"untrue", "to", "say"},
                                                     {"not", "true", "that"},
                                                     {"untrue", "that"},
                                                     {"false", "that"},
                                                     {"no", "truth", "to"},
                                                     {"no", "truth", "in"},
                                                     {"denied", "that"},
                                                     {"denies", "that"},
                                                     {"deny", "that"},
                                                     {"denied", "reports"},
                                                     {"denies", "reports"},
                                                     {"denied", "claims"},
                                                     {"denies", "claims"},
                                                     {"denied", "allegations"},
                                                     {"rejected", "claims"},
                                                     {"rejected", "reports"},
                                                     {"rejected", "suggestions"},
                                                     {"rejected", "allegations"},
                                                     {"rejects", "claims"},
                                                     {"rejects", "reports"},
                                                     {"dismissed", "claims"},
                                                     {"dismissed", "reports"},
                                                     {"dismissed", "suggestions"},
                                                     {"dismissed", "allegations"},
                                                     {"refuted", "claims"},
                                                     {"refuted", "reports"},
                                                     {"refuted"},
                                                     {"denied"},
                                                     {"denies"},
                                                     {"deny"},
                                                     {"denying"}};
  return *kCues;
}

// Words between a cue and what it denies ("denied that", "rejected claims in the media").
const std::unordered_set<std::string_view>& SkipAfterCue() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "that",        "claims", "claim", "reports", "report", "suggestions", "allegations",
      "speculation", "the",    "in",    "to",      "any",    "media"};
  return *kSet;
}

// "were rejected", "has been denied": the passive form, or "was denied entry" (a refusal).
bool IsPassiveAux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "be" || w == "is" || w == "are" ||
         w == "being" || w == "get" || w == "got";
}

// What a passive denial rejects: "reports that …", "claims that …".
bool IsReportNoun(std::string_view w) {
  return w == "report" || w == "reports" || w == "claim" || w == "claims" || w == "suggestion" ||
         w == "suggestions" || w == "allegation" || w == "allegations" || w == "story" ||
         w == "stories" || w == "rumours" || w == "rumors" || w == "accounts";
}

// "… were rejected / denied / dismissed by …" after "reports that …".
bool FindPassiveCue(const Tokens& toks, DenialCue* cue) {
  for (size_t i = 1; i + 1 < toks.size(); ++i) {
    const std::string& w = toks[i].lower;
    if (!(w == "rejected" || w == "denied" || w == "dismissed" || w == "refuted")) continue;
    if (!IsPassiveAux(toks[i - 1].lower) || toks[i + 1].lower != "by") continue;
    for (size_t t = 1; t + 1 < i; ++t) {
      if (toks[t].lower != "that") continue;
      bool noun = false;
      for (size_t k = t; k-- > 0 && k + 6 > t;) noun = noun || IsReportNoun(toks[k].lower);
      if (!noun) continue;
      size_t e = i - 1;
      while (e > t + 1 && (toks[e - 1].punct || IsPassiveAux(toks[e - 1].lower) ||
                           toks[e - 1].lower == "have" || toks[e - 1].lower == "has")) {
        --e;
      }
      cue->begin = i;
      cue->end = i + 2;
      cue->passive = true;
      cue->prop_begin = t + 1;
      cue->prop_end = e;
      return true;
    }
  }
  return false;
}

// The first denial cue in the tokens, if any.
bool FindCue(const Tokens& toks, DenialCue* cue) {
  static const auto* kFirstWords = [] {
    auto* set = new std::unordered_set<std::string_view>;
    for (const auto& phrase : ForwardCues()) set->insert(phrase[0]);
    return set;
  }();
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].punct || !kFirstWords->count(toks[i].lower)) continue;
    for (const auto& phrase : ForwardCues()) {
      if (i + phrase.size() > toks.size()) continue;
      bool ok = true;
      for (size_t k = 0; k < phrase.size() && ok; ++k) ok = toks[i + k].lower == phrase[k];
      if (!ok) continue;
      // "was denied entry" is a refusal, not a denial.
      if (phrase.size() == 1 && i > 0 && IsPassiveAux(toks[i - 1].lower)) continue;
      cue->begin = i;
      cue->end = i + phrase.size();
      return true;
    }
  }
  return false;
}

}  // namespace

bool FindDenialCue(const ClaimTokens& toks, DenialCue* cue) {
  return FindPassiveCue(toks, cue) || FindCue(toks, cue);
}

void DeniedTokens(const ClaimTokens& toks, const DenialCue& cue, size_t* begin, size_t* end) {
  if (cue.passive) {
    *begin = cue.prop_begin;
    *end = cue.prop_end;
    return;
  }
  size_t after = cue.end;
  while (after < toks.size() && !toks[after].punct && SkipAfterCue().count(toks[after].lower)) {
    ++after;
  }
  // "denied a newspaper report that X …": the proposition follows the "that". (Unlike the
  // passive form, the singular "account" counts here too.)
  static const std::unordered_set<std::string_view> kReportNouns = {
      "report",      "reports", "claim",   "claims",  "suggestion", "suggestions", "allegation",
      "allegations", "story",   "stories", "account", "accounts",   "rumours",     "rumors"};
  bool noun = false;
  for (size_t k = cue.end; k < toks.size() && k < cue.end + 6 && !toks[k].punct; ++k) {
    noun = noun || kReportNouns.count(toks[k].lower) > 0;
    if (noun && toks[k].lower == "that") {
      after = k + 1;
      break;
    }
  }
  size_t comp_end = after;
  while (comp_end < toks.size() && !StopsClause(toks[comp_end])) ++comp_end;
  *begin = after;
  *end = comp_end;
}

bool IsBareDenial(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "refuted";
}

bool IsDenialAnaphor(std::string_view lower) {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "these", "this", "it", "them", "that", "those", "such", "so"};
  return kSet->count(lower) > 0;
}

bool StopsClause(const ClaimToken& t) { return t.punct && t.lower != "(" && t.lower != ")"; }

TextSpan TokenRange(const Tokens& toks, size_t b, size_t e) {
  while (b < e && toks[b].punct) ++b;
  while (e > b && toks[e - 1].punct) --e;
  if (b >= e) return {};
  return {toks[b].span.begin, toks[e - 1].span.end};
}

}  // namespace corroborate
