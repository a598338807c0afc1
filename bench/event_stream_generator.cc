// Synthetic event stream: stories -> events -> articles, day by day. See event_stream_generator.h.
#include "event_stream_generator.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>
#include <utility>

namespace corroborate::bench {
namespace {

constexpr std::array<std::string_view, 20> kOnsets = {"b", "d",  "f",  "g",  "h",  "k", "l",
                                                      "m", "n",  "p",  "r",  "s",  "t", "v",
                                                      "z", "br", "st", "tr", "ch", "sh"};
constexpr std::array<std::string_view, 6> kVowels = {"a", "e", "i", "o", "u", "ai"};
constexpr std::array<std::string_view, 24> kFunction = {
    "the", "a",    "of",  "is",    "and", "to",    "was", "on",    "said", "that", "with", "for",
    "by",  "from", "his", "their", "at",  "after", "had", "which", "were", "it",   "has",  "as"};
constexpr size_t kKinds = 40;
constexpr size_t kKindWords = 12;
constexpr size_t kFiller = 4000;

std::string Capitalised(std::string w) {
  if (!w.empty() && w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 'a' + 'A');
  return w;
}

}  // namespace

EventStreamGenerator::EventStreamGenerator(EventStreamOptions options)
    : options_(options), state_(options.seed), day_(options.first_day - 1) {
  for (size_t i = 0; i < kFiller; ++i) filler_.push_back(Word(1, 3));
  kinds_.resize(kKinds);
  for (auto& kind : kinds_) {
    for (size_t i = 0; i < kKindWords; ++i) kind.push_back(Word(2, 3));
  }
}

uint64_t EventStreamGenerator::Rand() {  // SplitMix64
  uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

std::string EventStreamGenerator::Word(int min_syllables, int max_syllables) {
  int n = min_syllables +
          static_cast<int>(Below(static_cast<size_t>(max_syllables - min_syllables + 1)));
  std::string w;
  for (int i = 0; i < n; ++i) {
    w += kOnsets[Below(kOnsets.size())];
    w += kVowels[Below(kVowels.size())];
  }
  if (Below(3) == 0) w += kOnsets[Below(14)];
  return w;
}

std::string EventStreamGenerator::Name() { return Capitalised(Word(2, 3)); }

void EventStreamGenerator::NextDay() {
  ++day_;
  // New stories: a first event today, perhaps follow-ups in other places days later.
  for (size_t s = 0; s < options_.stories_per_day; ++s) {
    Event e;
    e.story = next_story_++;
    e.kind = Below(kKinds);
    for (int p = 0; p < 3; ++p) e.people.push_back(Name() + " " + Name());
    int events = 1 + static_cast<int>(Below(10) < 3) + static_cast<int>(Below(10) < 1);
    int32_t day = day_;
    for (int k = 0; k < events; ++k) {
      e.id = next_event_++;
      if (k > 0) e.people.back() = Name() + " " + Name();  // someone new joins
      e.kind_words.clear();
      for (int w = 0; w < 6; ++w) e.kind_words.push_back(Below(kKindWords));
      e.place = Name();
      e.specific.clear();
      for (int w = 0; w < 8; ++w) e.specific.push_back(Word(2, 4));
      e.numbers = {std::to_string(2 + Below(400)), std::to_string(10 + Below(9000))};
      e.day = day;
      // Articles per event: mostly a handful, sometimes dozens (a heavy tail).
      e.articles = 1 + static_cast<int>(std::floor(std::pow(Unit(), 3.0) * 60.0));
      e.days = 1 + static_cast<int>(Below(3));
      (k == 0 ? active_ : pending_).push_back(e);
      day += 1 + static_cast<int32_t>(Below(4));
    }
  }
  for (auto it = pending_.begin(); it != pending_.end();) {
    if (it->day == day_) {
      active_.push_back(std::move(*it));
      it = pending_.erase(it);
    } else {
      ++it;
    }
  }
  // Today's articles: each active event publishes its share for the day.
  today_.clear();
  next_in_day_ = 0;
  for (Event& e : active_) {
    int remaining_days = std::max(1, e.day + e.days - day_);
    int n = remaining_days == 1 ? e.articles : e.articles / remaining_days;
    for (int a = 0; a < n; ++a) today_.push_back(Write(e, day_));
    e.articles -= n;
  }
  active_.erase(
      std::remove_if(active_.begin(), active_.end(),
                     [&](const Event& e) { return e.articles <= 0 || e.day + e.days <= day_; }),
      active_.end());
  for (size_t i = today_.size(); i > 1; --i) std::swap(today_[i - 1], today_[Below(i)]);
}

GeneratedArticle EventStreamGenerator::Write(const Event& e, int32_t day) {
  GeneratedArticle a;
  a.day = day;
  a.event = e.id;
  a.story = e.story;
  const std::vector<std::string>& kind = kinds_[e.kind];
  const std::string& lead = e.people[Below(e.people.size())];
  a.title =
      lead + " " + kind[e.kind_words[0]] + " " + kind[e.kind_words[Below(6)]] + " in " + e.place;
  a.text = a.title + "\n";
  const int sentences = 10 + static_cast<int>(Below(7));
  for (int s = 0; s < sentences; ++s) {
    const int words = 12 + static_cast<int>(Below(9));
    std::string sentence;
    for (int w = 0; w < words; ++w) {
      std::string token;
      double r = Unit();
      if (r < 0.40) {
        token = kFunction[Below(kFunction.size())];
      } else if (r < 0.68) {
        token = filler_[static_cast<size_t>(std::pow(Unit(), 2.5) * kFiller)];
      } else if (r < 0.78) {
        token = kind[e.kind_words[Below(e.kind_words.size())]];
      } else if (r < 0.84) {
        token = e.people[Below(e.people.size())];
      } else if (r < 0.87) {
        token = "in " + e.place + " " + std::string(kFunction[Below(kFunction.size())]);
      } else if (r < 0.96) {
        token = e.specific[Below(e.specific.size())];
      } else {
        token = e.numbers[Below(e.numbers.size())];
      }
      if (!sentence.empty()) sentence.push_back(' ');
      sentence += token;
    }
    sentence[0] = static_cast<char>(sentence[0] >= 'a' && sentence[0] <= 'z' ? sentence[0] - 32
                                                                             : sentence[0]);
    a.text += sentence;
    a.text += (s % 4 == 3) ? ".\n" : ". ";
  }
  return a;
}

GeneratedArticle EventStreamGenerator::Next() {
  while (next_in_day_ >= today_.size()) NextDay();
  return std::move(today_[next_in_day_++]);
}

}  // namespace corroborate::bench
