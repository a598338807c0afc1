// Streaming story clustering: each article, as it arrives, joins the live event it is most
// similar to (cosine of TF-IDF vectors over words, names, places, numbers and dates) when that
// similarity reaches event_threshold and the event is compatible in time and place; otherwise
// it opens a new event, which joins the live story whose names and places it shares most (a
// looser test: the same people meeting in another city two days later) or opens a new story.
// Two reports of the same kind of event (two earthquakes) differ in their names, places and
// days, which weigh more than the shared vocabulary. Events and stories idle for idle_days
// (publish dates) or idle_articles (arrivals) age out, so memory tracks the live window and
// the cost per article stays flat (see event_index.h). Not thread-safe.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "story/compatibility.h"
#include "story/event_index.h"
#include "story/story_features.h"
#include "story/term_weights.h"

namespace corroborate {

struct StreamOptions {
  FeatureOptions features;
  WeightOptions weights;
  EventIndexOptions index;
  // Mean cosine an article needs with an event's articles to join it (average linkage,
  // computed from the event's centroid sum).
  float event_threshold = 0.16f;
  // Mean cosine of names a new event's article needs with a story's articles to join it
  // (looser than an event: the same people in another place), and when either has no publish
  // day (then nothing tells a developing story from another event of the same kind).
  float story_threshold = 0.20f;
  float undated_story_threshold = 0.30f;
  int event_window_days = 3;  // days between an article and its event with full similarity
  // Beyond the window similarity fades as 1 / (1 + (extra days / decay)^3): a follow-up weeks
  // later still joins (x0.9 at six weeks, x0.6 at nine); the same people meeting again months
  // later are another event.
  float time_decay_days = 90;
  int event_horizon_days = 90;       // no event takes an article this many days from its own
  int story_window_days = 14;        // most days between a new event and its story's days
  int idle_days = 14;                // events with no article for longer leave the index
  uint64_t idle_articles = 1000000;  // … or with no article among this many arrivals
  // An article (or event) whose main place the event hardly mentions, first published on
  // another day, is likely the story's next event (the talks moved to another city): its
  // similarity is multiplied by this. Without both days the place alone decides nothing (one
  // event's reports often lead with different places).
  float moved_penalty = 0.5f;
  int df_log2_slots = 20;
  double df_half_life = 200000;
};

struct StreamAssignment {
  uint64_t event = 0;  // ids from 1, in order of creation
  uint64_t story = 0;
  uint32_t event_slot = 0;
  bool new_event = false;
  bool new_story = false;
  float similarity = 0;  // with the event joined (0 for a new event)
};

// The similarity of an article with an event: the mean cosine with its articles (average
// linkage, from the centroid sum), faded by the days between them (TimeFactor), and reduced
// by the place-and-day rule.
float EventSimilarity(const ArticleVector& v, const LiveEvent& e, const StreamOptions& options);

class StoryStream {
 public:
  explicit StoryStream(StreamOptions options = {});

  // Extracts features, learns the document frequencies, weighs and assigns.
  StreamAssignment Add(std::string_view title, std::string_view text, int32_t day);
  // Assigns an already weighed article (batch mode learns the frequencies first).
  StreamAssignment AddVector(const ArticleVector& v);

  const EventIndex& index() const { return index_; }
  EventIndex& mutable_index() { return index_; }
  const DocumentFrequencies& frequencies() const { return df_; }
  const StreamOptions& options() const { return options_; }
  uint64_t articles() const { return seq_; }
  // Bytes held by the live index plus the fixed-size frequency table.
  size_t MemoryBytes() const { return index_.MemoryBytes() + df_.MemoryBytes(); }

 private:
  StreamOptions options_;
  StoryFeatureExtractor extractor_;
  DocumentFrequencies df_;
  EventIndex index_;
  uint64_t seq_ = 0;
  int32_t clock_day_ = kNoDay;
  std::vector<uint32_t> candidates_;
};

}  // namespace corroborate
