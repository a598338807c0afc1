// A synthetic news stream for the clustering benchmark: articles about invented events, in
// publish-day order, with the event and story each belongs to, generated one at a time so a
// million articles never sit in memory. Each day new stories start; a story is a few events
// (the same people in another place a few days later); an event of one of 40 kinds has its
// place, numbers and specific words and is reported by 1-60 articles over one to three days.
// Articles are about 300 words (2 KiB): a headline, then sentences mixing English function
// words, Zipf-distributed filler, the kind's vocabulary and the event's names and numbers.
// Deterministic (own PRNG). Cost: linear in the output.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace corroborate::bench {

struct GeneratedArticle {
  std::string title;
  std::string text;
  int32_t day = 0;  // days since 1970-01-01
  uint64_t event = 0;
  uint64_t story = 0;
};

struct EventStreamOptions {
  uint64_t seed = 20260303;
  size_t stories_per_day = 110;  // about 2,000 articles a day
  int32_t first_day = 20000;     // 2024-10-04
};

class EventStreamGenerator {
 public:
  explicit EventStreamGenerator(EventStreamOptions options = {});
  // The next article of the stream (never runs out).
  GeneratedArticle Next();

 private:
  struct Event {
    uint64_t id;
    uint64_t story;
    size_t kind;
    std::vector<size_t> kind_words;   // the part of the kind's vocabulary its reports use
    std::vector<std::string> people;  // "First Last"
    std::string place;
    std::vector<std::string> specific;  // words only this event uses
    std::vector<std::string> numbers;
    int32_t day;
    int articles;  // still to publish
    int days;      // over how many days
  };
  void NextDay();
  GeneratedArticle Write(const Event& event, int32_t day);
  std::string Word(int min_syllables, int max_syllables);
  std::string Name();
  uint64_t Rand();
  size_t Below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(Rand() % n); }
  double Unit() { return static_cast<double>(Rand() >> 11) * 0x1.0p-53; }

  EventStreamOptions options_;
  uint64_t state_;
  int32_t day_;
  uint64_t next_event_ = 1;
  uint64_t next_story_ = 1;
  std::vector<std::string> filler_;              // Zipf-drawn general vocabulary
  std::vector<std::vector<std::string>> kinds_;  // per kind: its vocabulary
  std::vector<Event> pending_;                   // follow-up events of running stories
  std::vector<Event> active_;
  std::vector<GeneratedArticle> today_;
  size_t next_in_day_ = 0;
};

}  // namespace corroborate::bench
