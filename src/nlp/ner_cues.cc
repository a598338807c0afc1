// Name-part cue lexicon and capitalised runs; see ner_cues.h.
#include "nlp/ner_cues.h"

#include <array>
#include <map>
#include <set>

#include "nlp/feature_key.h"
#include "nlp/ner_features.h"

namespace corroborate::nlp {
namespace {

struct CueCounts {
  uint32_t capitalised = 0;                        // away from a sentence start
  std::array<uint32_t, kNumCues> roles{};          // the same occurrences playing each part
  std::array<std::set<uint64_t>, kNumCues> names;  // distinct names per part
};

bool IsConnector(std::string_view normalized) {
  return normalized == "of" || normalized == "and" || normalized == "&" || normalized == "for" ||
         normalized == "the" || normalized == "de";
}

std::string SpanText(const NerSentence& s, uint32_t begin, uint32_t end) {
  std::string text;
  for (uint32_t i = begin; i < end; ++i) {
    if (i > begin) text += ' ';
    text += s.words[i];
  }
  return text;
}

}  // namespace

std::string_view WithoutFinalPeriod(std::string_view normalized) {
  if (normalized.size() > 1 && normalized.back() == '.') normalized.remove_suffix(1);
  return normalized;
}

TagLexicon BuildNerCueLexicon(const std::vector<NerSentence>& train, const NerCueOptions& options) {
  std::map<std::string, CueCounts, std::less<>> counts;
  std::vector<std::string> normalized;
  std::vector<bool> inside;
  for (const NerSentence& s : train) {
    const size_t n = s.words.size();
    normalized.resize(n);
    for (size_t i = 0; i < n; ++i) {
      normalized[i] = std::string(WithoutFinalPeriod(NormalizeWord(s.words[i])));
    }
    inside.assign(n, false);
    for (const EntitySpan& e : s.entities) {
      for (uint32_t i = e.begin; i < e.end && i < n; ++i) inside[i] = true;
    }
    for (size_t i = 1; i < n; ++i) {
      if (StartsWithCapital(s.words[i])) ++counts[normalized[i]].capitalised;
    }
    auto note = [&](uint32_t i, uint32_t cue, uint64_t name) {
      if (i >= n || !StartsWithCapital(s.words[i])) return;
      CueCounts& c = counts[normalized[i]];
      if (i > 0) ++c.roles[cue];
      c.names[cue].insert(name);
    };
    for (const EntitySpan& e : s.entities) {
      if (e.end > n || e.begin >= e.end || e.type >= 3) continue;
      const uint64_t name = FeatureKey(0, SpanText(s, e.begin, e.end));
      if (e.end - e.begin >= 2) {
        note(e.begin, 2u * e.type, name);
        note(e.end - 1, 2u * e.type + 1, name);
      }
      if (e.type == 0 && e.begin > 0 && !inside[e.begin - 1]) note(e.begin - 1, kCueTitle, name);
    }
  }
  TagLexicon lexicon;
  for (const auto& [word, c] : counts) {
    for (uint32_t cue = 0; cue < kNumCues; ++cue) {
      if (c.names[cue].size() < options.min_names) continue;
      if (c.roles[cue] < options.min_share * c.capitalised) continue;
      lexicon.Add(word, cue, -1);
    }
  }
  lexicon.Finish(1);
  return lexicon;
}

void CapitalisedRuns(std::span<const std::string_view> words,
                     std::span<const std::string> normalized, std::vector<uint32_t>* run_begin,
                     std::vector<uint32_t>* run_end) {
  const uint32_t n = static_cast<uint32_t>(words.size());
  run_begin->resize(n);
  run_end->resize(n);
  uint32_t i = 0;
  while (i < n) {
    if (!StartsWithCapital(words[i])) {
      (*run_begin)[i] = (*run_end)[i] = i;
      ++i;
      continue;
    }
    uint32_t end = i + 1;
    while (end < n) {
      if (StartsWithCapital(words[end])) {
        ++end;
      } else if (end + 1 < n && IsConnector(normalized[end]) && StartsWithCapital(words[end + 1])) {
        end += 2;
      } else {
        break;
      }
    }
    for (uint32_t j = i; j < end; ++j) {
      (*run_begin)[j] = i;
      (*run_end)[j] = end;
    }
    i = end;
  }
}

}  // namespace corroborate::nlp
