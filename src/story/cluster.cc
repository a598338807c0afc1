#include "story/cluster.h"

#include <algorithm>
#include <unordered_map>

#include "story/average_linkage.h"

namespace corroborate {
namespace {

constexpr uint32_t kNameKinds = KindBit(TermKind::kName);
constexpr size_t kGroupPlaces = 6;

// Renumbers labels densely in order of first appearance; returns how many there are.
uint32_t Renumber(std::vector<uint32_t>* labels) {
  std::unordered_map<uint32_t, uint32_t> dense;
  for (uint32_t& label : *labels) {
    auto [it, fresh] = dense.emplace(label, static_cast<uint32_t>(dense.size()));
    label = it->second;
  }
  return static_cast<uint32_t>(dense.size());
}

void Widen(int32_t day, LinkageGroup* g) {
  if (day == kNoDay) return;
  g->first_day = g->first_day == kNoDay ? day : std::min(g->first_day, day);
  g->last_day = g->last_day == kNoDay ? day : std::max(g->last_day, day);
}

// One group per label, summing the articles' vectors (or their name parts).
std::vector<LinkageGroup> GroupsOf(const std::vector<ArticleVector>& vectors,
                                   const std::vector<uint32_t>& label, uint32_t count,
                                   bool names_only) {
  std::vector<LinkageGroup> groups(count);
  for (size_t i = 0; i < vectors.size(); ++i) {
    LinkageGroup& g = groups[label[i]];
    AddScaled(names_only ? OnlyKinds(vectors[i].terms, kNameKinds) : vectors[i].terms, 1.0f,
              &g.sum);
    ++g.size;
    Widen(vectors[i].day, &g);
    CountPlaces(vectors[i].places, kGroupPlaces, &g.places);
  }
  return groups;
}

// Moves each article to the event whose articles it is most similar to on average (its own
// event counted without it), when that beats staying by a margin.
void Reassign(const std::vector<ArticleVector>& vectors, const ClusterOptions& options,
              std::vector<uint32_t>* event, uint32_t events) {
  const StreamOptions& so = options.stream;
  std::vector<LinkageGroup> groups = GroupsOf(vectors, *event, events, false);
  PostingIndex index(so.index.max_posting_list);
  std::vector<WeightedTerm> top;
  for (uint32_t g = 0; g < events; ++g) {
    HeaviestTerms(groups[g].sum, so.index.index_terms * 2, &top);
    for (const WeightedTerm& t : top) index.Add(t.term, {g, 0});
  }
  std::vector<float> score(events, 0.0f);
  std::vector<uint32_t> touched;
  for (size_t i = 0; i < vectors.size(); ++i) {
    const ArticleVector& v = vectors[i];
    uint32_t own = (*event)[i];
    LinkageGroup& mine = groups[own];
    float stay =
        mine.size > 1 ? (Dot(v.terms, mine.sum) - 1.0f) / static_cast<float>(mine.size - 1) : -1.0f;
    HeaviestTerms(v.terms, so.index.query_terms, &top);
    for (const WeightedTerm& q : top) {
      index.ForEach(q.term, [&](const Posting& p) {
        if (score[p.slot] == 0.0f) touched.push_back(p.slot);
        score[p.slot] += q.weight;
      });
    }
    int64_t best = -1;
    float best_sim = std::max(stay + options.move_margin, options.merge_threshold);
    for (uint32_t g : touched) {
      score[g] = 0.0f;
      const LinkageGroup& other = groups[g];
      if (g == own || other.size == 0) continue;
      float sim = Dot(v.terms, other.sum) / static_cast<float>(other.size) *
                  TimeFactor(DayGap(v.day, v.day, other.first_day, other.last_day),
                             so.event_window_days, so.time_decay_days, so.event_horizon_days);
      if (sim > best_sim) best_sim = sim, best = g;
    }
    touched.clear();
    if (best < 0) continue;
    AddScaled(v.terms, -1.0f, &mine.sum);
    --mine.size;
    LinkageGroup& to = groups[static_cast<uint32_t>(best)];
    AddScaled(v.terms, 1.0f, &to.sum);
    ++to.size;
    Widen(v.day, &to);
    (*event)[i] = static_cast<uint32_t>(best);
  }
}

}  // namespace

Clustering ClusterDocuments(const std::vector<StoryDocument>& docs, const ClusterOptions& options) {
  Clustering out;
  const size_t n = docs.size();
  if (n == 0) return out;
  StreamOptions stream_options = options.stream;
  // The whole batch is known: no event ages out of it and no frequency is forgotten.
  stream_options.idle_articles = UINT64_MAX;
  stream_options.idle_days = INT32_MAX / 2;
  stream_options.df_half_life = 0;

  StoryFeatureExtractor extractor(stream_options.features);
  std::vector<StoryFeatures> features(n);
  DocumentFrequencies df(stream_options.df_log2_slots, 0);
  for (size_t i = 0; i < n; ++i) {
    features[i] = extractor.Extract(docs[i].title, docs[i].text, docs[i].day);
    df.Add(features[i]);
  }
  std::vector<ArticleVector> vectors(n);
  for (size_t i = 0; i < n; ++i) vectors[i] = WeighArticle(features[i], df, stream_options.weights);
  features.clear();

  if (options.refine) stream_options.event_threshold = options.seed_threshold;
  StoryStream stream(stream_options);
  out.event.resize(n);
  out.story.resize(n);
  for (size_t i = 0; i < n; ++i) {
    StreamAssignment a = stream.AddVector(vectors[i]);
    out.event[i] = static_cast<uint32_t>(a.event);
    out.story[i] = static_cast<uint32_t>(a.story);
  }
  out.events = Renumber(&out.event);
  out.stories = Renumber(&out.story);
  if (!options.refine) return out;

  LinkageOptions merge;
  merge.threshold = options.merge_threshold;
  merge.window_days = stream_options.event_window_days;
  merge.decay_days = stream_options.time_decay_days;
  merge.horizon_days = stream_options.event_horizon_days;
  merge.relative = options.relative;
  merge.moved_penalty = stream_options.moved_penalty;
  merge.retrieval = stream_options.index;
  std::vector<uint32_t> merged =
      AverageLinkage(GroupsOf(vectors, out.event, out.events, false), merge);
  for (uint32_t& e : out.event) e = merged[e];
  out.events = Renumber(&out.event);
  for (int round = 0; round < options.refine_rounds; ++round) {
    Reassign(vectors, options, &out.event, out.events);
    out.events = Renumber(&out.event);
  }

  // Stories again over the final events: average linkage of their names and places.
  LinkageOptions story;
  story.threshold = stream_options.story_threshold;
  story.undated_threshold = stream_options.undated_story_threshold;
  story.window_days = stream_options.story_window_days;
  story.decay_days = 0;
  story.moved_penalty = 1.0f;  // a story goes on in another place
  story.retrieval = stream_options.index;
  std::vector<uint32_t> story_of_event =
      AverageLinkage(GroupsOf(vectors, out.event, out.events, true), story);
  for (size_t i = 0; i < n; ++i) out.story[i] = story_of_event[out.event[i]];
  out.stories = Renumber(&out.story);
  return out;
}

std::vector<StoryClusters> ClusterStoryEvents(const std::vector<AnnotatedDoc>& docs) {
  std::vector<StoryDocument> input(docs.size());
  for (size_t i = 0; i < docs.size(); ++i) {
    const Article& a = *docs[i].article;
    input[i] = {a.title, a.text, PublishDay(a.published)};
  }
  Clustering c = ClusterDocuments(input, ClusterOptions{});
  std::vector<StoryClusters> stories(c.stories);
  // Events are numbered by first appearance, so an event's first article opens its entry.
  std::vector<int64_t> event_slot(c.events, -1);
  for (uint32_t i = 0; i < docs.size(); ++i) {
    StoryClusters& story = stories[c.story[i]];
    story.articles.push_back(i);
    int64_t& slot = event_slot[c.event[i]];
    if (slot < 0) {
      slot = static_cast<int64_t>(story.events.size());
      story.events.emplace_back();
    }
    story.events[static_cast<size_t>(slot)].push_back(i);
  }
  return stories;
}

std::vector<std::vector<uint32_t>> ClusterStories(const std::vector<AnnotatedDoc>& docs) {
  std::vector<std::vector<uint32_t>> out;
  for (StoryClusters& s : ClusterStoryEvents(docs)) out.push_back(std::move(s.articles));
  return out;
}

}  // namespace corroborate
