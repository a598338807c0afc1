// Cheap per-article features for story clustering, computed from the title, text and publish
// date alone (the analyze/ stage is far too slow for a stream): lowercased, lightly stemmed
// content words; capitalised name sequences (each word and the whole name); places (a name the
// lexicon knows as a place, or a name after "in", "at", "near"…), listed apart as well;
// numbers; years and explicit dates ("Dec. 14"). Each term is a 32-bit hash whose low 3 bits
// hold its kind. Words of the headline and the lead count more.
// Cost: one pass over the bytes (each token lowercased and hashed once) plus a sort of the
// article's terms; no allocation once the buffers have grown. Not thread-safe: one extractor
// per thread (it keeps scratch buffers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/date.h"

namespace corroborate {

enum class TermKind : uint8_t { kWord = 0, kName = 1, kNumber = 2, kDate = 3 };
inline constexpr int kTermKinds = 4;

inline TermKind KindOfTerm(uint32_t term) { return static_cast<TermKind>(term & 7u); }
// The hash of `lowered` (already lowercased) as a term of the given kind.
uint32_t MakeTerm(std::string_view lowered, TermKind kind);

// Days since 1970-01-01 of the publish date, or kNoDay when the date is not known to the day
// or its year was only inferred.
inline constexpr int32_t kNoDay = INT32_MIN;
int32_t PublishDay(const Timestamp& published);

// One distinct term of an article with its (position-weighted) number of occurrences.
struct TermCount {
  uint32_t term = 0;
  float count = 0;
};

struct StoryFeatures {
  std::vector<TermCount> terms;   // distinct, sorted by term
  std::vector<TermCount> places;  // the name terms used as places, sorted by term
  int32_t day = kNoDay;           // publish day
};

struct FeatureOptions {
  float headline_weight = 2.0f;  // occurrences on the first line (the headline) count this much
  float lead_weight = 1.5f;      // … on the second line (the lead paragraph)
};

class StoryFeatureExtractor {
 public:
  explicit StoryFeatureExtractor(FeatureOptions options = {}) : options_(options) {}

  // `title` is read as the first line when the text does not already start with it.
  StoryFeatures Extract(std::string_view title, std::string_view text, int32_t day);

 private:
  struct Token {
    uint32_t begin = 0;  // the token as written: [begin, end) of scanned_
    uint32_t end = 0;
    uint32_t lower_begin = 0;  // lowercased, possessive 's removed: [lower_begin, lower_end)
    uint32_t lower_end = 0;    // of lower_
    uint32_t hash = 0;         // of the lowercased form
    uint32_t line = 0;
    bool capitalised = false;
    bool all_caps = false;
    bool number = false;
    bool stop = false;            // a function word
    bool sentence_start = false;  // first of its line or after . ! ?
    bool after_break = false;     // punctuation separates it from the previous token
    bool uncertain_case = false;  // sentence start, or a headline-style line
    bool name = false;
    bool maybe_name = false;  // capitalised only where capitals prove nothing
    bool place = false;
    bool used = false;  // consumed by a date
  };
  void Tokenize();
  void MarkUncertainLines();
  void FindNames();
  void EmitNumbersAndDates();
  void EmitWords();
  void EmitNames();
  void Add(uint32_t term, const Token& at, float factor = 1.0f);
  std::string_view Text(const Token& t) const { return scanned_.substr(t.begin, t.end - t.begin); }
  std::string_view Lowered(const Token& t) const {
    return std::string_view(lower_).substr(t.lower_begin, t.lower_end - t.lower_begin);
  }
  float LineWeight(uint32_t line) const;

  FeatureOptions options_;
  std::string_view scanned_;
  std::string joined_;  // title + '\n' + text when the title is not the first line
  std::string lower_;   // every token lowercased, back to back
  std::string scratch_;
  std::vector<Token> tokens_;
  std::vector<uint32_t> midsentence_caps_;  // hashes of words capitalised mid-sentence
  std::vector<uint32_t> place_names_;       // hashes of names used as places here
  std::vector<TermCount> raw_;
  std::vector<TermCount> raw_places_;
};

}  // namespace corroborate
