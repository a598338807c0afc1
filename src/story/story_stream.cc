#include "story/story_stream.h"

#include <algorithm>
#include <cstdlib>

namespace corroborate {
namespace {

constexpr uint32_t kNameKinds = KindBit(TermKind::kName);

}  // namespace

float EventSimilarity(const ArticleVector& v, const LiveEvent& e, const StreamOptions& options) {
  if (e.size == 0 || e.norm <= 0) return 0;
  float sim = Dot(v.terms, e.centroid) / static_cast<float>(e.size);
  sim *= TimeFactor(DayGap(v.day, v.day, e.first_day, e.last_day), options.event_window_days,
                    options.time_decay_days, options.event_horizon_days);
  bool moved = !v.places.empty() && PlaceForeign(v.places.front(), e.places);
  return sim * MovedFactor(moved, v.day, e.first_day, options.moved_penalty);
}

StoryStream::StoryStream(StreamOptions options)
    : options_(options),
      extractor_(options.features),
      df_(options.df_log2_slots, options.df_half_life),
      index_(options.index) {}

StreamAssignment StoryStream::Add(std::string_view title, std::string_view text, int32_t day) {
  StoryFeatures features = extractor_.Extract(title, text, day);
  df_.Add(features);
  return AddVector(WeighArticle(features, df_, options_.weights));
}

StreamAssignment StoryStream::AddVector(const ArticleVector& v) {
  const int32_t day = v.day;
  ++seq_;
  // The clock follows the latest publish day, ignoring dates far ahead of it (typos).
  if (day != kNoDay && (clock_day_ == kNoDay || (day > clock_day_ && day - clock_day_ < 366))) {
    clock_day_ = day;
  }
  index_.EvictIdle(clock_day_, seq_, options_.idle_days, options_.idle_articles);

  index_.Candidates(v.terms, &candidates_);
  StreamAssignment out;
  int64_t best = -1;
  float best_sim = 0;
  for (uint32_t slot : candidates_) {
    const LiveEvent& e = index_.event(slot);
    float sim = EventSimilarity(v, e, options_);
    if (sim > best_sim) best_sim = sim, best = slot;
  }
  TermVector names = OnlyKinds(v.terms, kNameKinds);
  if (best >= 0 && best_sim >= options_.event_threshold) {
    uint32_t slot = static_cast<uint32_t>(best);
    index_.AddToEvent(slot, v, seq_);
    const LiveEvent& e = index_.event(slot);
    index_.AddToStory(e.story, names, day);
    out.event = e.id;
    out.story = index_.story(e.story).id;
    out.event_slot = slot;
    out.similarity = best_sim;
    return out;
  }
  // A new event: of the stories of the candidate events, the one sharing most names.
  int64_t story = -1;
  float story_sim = 0;
  for (uint32_t slot : candidates_) {
    const LiveEvent& e = index_.event(slot);
    const LiveStory& s = index_.story(e.story);
    if (s.norm <= 0 || !DaysCompatible(day, s.first_day, s.last_day, options_.story_window_days)) {
      continue;
    }
    float sim = Dot(names, s.names) / static_cast<float>(s.size);
    if (sim > story_sim) story_sim = sim, story = e.story;
  }
  out.new_event = true;
  uint32_t story_slot;
  bool undated = day == kNoDay ||
                 (story >= 0 && index_.story(static_cast<uint32_t>(story)).first_day == kNoDay);
  float story_need = undated ? std::max(options_.story_threshold, options_.undated_story_threshold)
                             : options_.story_threshold;
  if (story >= 0 && story_sim >= story_need) {
    story_slot = static_cast<uint32_t>(story);
  } else {
    story_slot = index_.NewStory();
    out.new_story = true;
  }
  uint32_t slot = index_.NewEvent(story_slot, v, seq_);
  index_.AddToStory(story_slot, names, day);
  out.event = index_.event(slot).id;
  out.story = index_.story(story_slot).id;
  out.event_slot = slot;
  return out;
}

}  // namespace corroborate
