// account.json and the per-article JSON line: the machine-readable contract
// (docs/account-schema.md). Model indices become article ids; byte spans become code points.
#include <map>
#include <string>

#include "core/json_writer.h"
#include "core/version.h"
#include "render/evidence_text.h"
#include "render/render.h"

namespace corroborate {
namespace {

constexpr const char* kGeneratorName = "corroborate";

void WriteStrings(JsonWriter& w, std::string_view key, const std::vector<std::string>& values) {
  w.Key(key);
  w.BeginArray();
  for (const std::string& v : values) w.String(v);
  w.EndArray();
}

void WriteDateOrNull(JsonWriter& w, std::string_view key, const CivilDate& date) {
  w.FieldOrNull(key, date.Iso());
}

void WriteArticle(JsonWriter& w, const Article& a) {
  w.BeginObject();
  w.Field("id", a.id);
  w.Field("uri", a.uri);
  w.FieldOrNull("url", a.url);
  w.FieldOrNull("outlet", a.outlet);
  w.FieldOrNull("title", a.title);
  w.FieldOrNull("byline", a.byline);
  w.FieldOrNull("published", a.published.Iso());
  DatePrecision precision = a.published.date.precision;
  if (a.published.valid() && a.published.hour >= 0 && a.published.date.has_day()) {
    precision = DatePrecision::kMinute;
  }
  w.Field("published_precision", PrecisionName(precision));
  w.Field("published_year_inferred", a.published.valid() && a.published.year_inferred);
  w.FieldOrNull("language", a.language);
  w.FieldOrNull("charset", a.charset);
  w.Field("text", a.text);
  w.Key("removed");
  w.BeginArray();
  for (const RemovedLine& r : a.removed) {
    w.BeginObject();
    w.Field("text", r.text);
    w.Field("reason", r.reason);
    w.EndObject();
  }
  w.EndArray();
  w.Key("sources");
  w.BeginObject();
  for (const auto& [field, where] : a.sources) w.Field(field, where);
  w.EndObject();
  w.EndObject();
}

// Writes one story; references to articles become their ids.
class StoryWriter {
 public:
  StoryWriter(JsonWriter& w, const EvidenceResolver& resolver) : w_(w), resolver_(resolver) {}

  void Write(const StoryAccount& s) {
    w_.BeginObject();
    w_.Field("id", s.id);
    w_.Field("title", s.title);
    w_.Key("articles");
    w_.BeginArray();
    for (uint32_t i : s.articles) ArticleRef(i);
    w_.EndArray();
    WriteEvents(s);
    WriteSourcing(s);
    WriteEntities(s);
    WriteFacts(s);
    WriteConflicts(s);
    WriteUpdates(s);
    WriteQuotes(s);
    WriteTimeline(s);
    WriteCoverage(s);
    WritePositions(s);
    WriteFraming(s);
    w_.EndObject();
  }

 private:
  // An article reference: its id, or null when the index is out of range (a pipeline bug; the
  // JSON stays well-formed).
  void ArticleRef(int64_t index) {
    const Article* a = resolver_.ArticleAt(index);
    if (a == nullptr) {
      w_.Null();
    } else {
      w_.String(a->id);
    }
  }

  void WriteEvidence(const std::vector<Evidence>& evidence) {
    w_.Key("evidence");
    w_.BeginArray();
    for (const Evidence& ev : evidence) {
      ResolvedEvidence r = resolver_.Resolve(ev);
      if (!r.ok) continue;
      w_.BeginObject();
      w_.Field("article", resolver_.ArticleAt(r.article)->id);
      w_.Field("start", r.start);
      w_.Field("end", r.end);
      w_.Field("text", r.text);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteEvents(const StoryAccount& s) {
    w_.Key("events");
    w_.BeginArray();
    for (const StoryEvent& e : s.events) {
      w_.BeginObject();
      w_.Field("id", e.id);
      w_.Key("articles");
      w_.BeginArray();
      for (uint32_t i : e.articles) ArticleRef(i);
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteSourcing(const StoryAccount& s) {
    // A group is named by the id of its first article in account order.
    std::map<uint32_t, uint32_t> group_first;
    for (const Sourcing& src : s.sourcing) {
      if (resolver_.ArticleAt(src.article) == nullptr) continue;
      auto [it, inserted] = group_first.emplace(src.group, src.article);
      if (!inserted && src.article < it->second) it->second = src.article;
    }
    w_.Key("sourcing");
    w_.BeginArray();
    for (const Sourcing& src : s.sourcing) {
      if (resolver_.ArticleAt(src.article) == nullptr) continue;
      w_.BeginObject();
      w_.Key("article");
      ArticleRef(src.article);
      w_.Key("group");
      ArticleRef(group_first[src.group]);
      w_.Key("syndicated_from");
      ArticleRef(src.syndicated_from);
      w_.Field("copied_fraction", src.copied_fraction);
      WriteStrings(w_, "cites", src.cites);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteEntities(const StoryAccount& s) {
    w_.Key("entities");
    w_.BeginArray();
    for (const AccountEntity& e : s.entities) {
      w_.BeginObject();
      w_.Field("id", e.id);
      w_.Field("name", e.name);
      w_.Field("type", EntityTypeName(e.type));
      WriteStrings(w_, "variants", e.variants);
      WriteStrings(w_, "roles", e.roles);
      w_.Key("articles");
      w_.BeginArray();
      for (uint32_t i : e.articles) {
        if (resolver_.ArticleAt(i) != nullptr) ArticleRef(i);
      }
      w_.EndArray();
      w_.Key("mentions");
      w_.BeginArray();
      for (const Evidence& m : e.mentions) {
        ResolvedEvidence r = resolver_.Resolve(m);
        if (!r.ok) continue;
        w_.BeginObject();
        w_.Field("article", resolver_.ArticleAt(r.article)->id);
        w_.Field("start", r.start);
        w_.Field("end", r.end);
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteFacts(const StoryAccount& s) {
    w_.Key("facts");
    w_.BeginArray();
    for (const Fact& f : s.facts) {
      w_.BeginObject();
      w_.Field("id", f.id);
      w_.Field("statement", f.statement);
      w_.Field("status", FactStatusName(f.status));
      w_.Field("independent_sources", f.independent_sources);
      WriteDateOrNull(w_, "date", f.date);
      WriteStrings(w_, "entities", f.entities);
      WriteEvidence(f.evidence);
      WriteProposition(f.proposition);
      w_.Key("attributed_to");
      w_.BeginArray();
      for (const Attribution& a : f.attributed_to) {
        w_.BeginObject();
        w_.Field("holder", a.holder);
        w_.Field("cue", a.cue);
        WriteEvidence({a.evidence});
        w_.EndObject();
      }
      w_.EndArray();
      w_.Key("support_chains");
      w_.BeginArray();
      for (const SupportChain& chain : f.support_chains) {
        w_.BeginObject();
        w_.Field("source", chain.source);
        w_.Key("articles");
        w_.BeginArray();
        for (const SupportLink& link : chain.links) {
          if (resolver_.ArticleAt(link.article) == nullptr) continue;
          w_.BeginObject();
          w_.Key("article");
          ArticleRef(link.article);
          w_.Field("via", link.via);
          w_.EndObject();
        }
        w_.EndArray();
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteProposition(const Proposition& p) {
    w_.Key("proposition");
    w_.BeginObject();
    w_.FieldOrNull("subject", p.subject);
    w_.FieldOrNull("predicate", p.predicate);
    w_.FieldOrNull("object", p.object);
    w_.FieldOrNull("place", p.place);
    w_.Field("negated", p.negated);
    w_.Field("modality", p.modality);
    WriteStrings(w_, "hedges", p.hedges);
    w_.EndObject();
  }

  void WriteUpdates(const StoryAccount& s) {
    w_.Key("updates");
    w_.BeginArray();
    for (const FactUpdate& u : s.updates) {
      w_.BeginObject();
      w_.Field("id", u.id);
      w_.Field("summary", u.summary);
      WriteStrings(w_, "facts", u.facts);
      w_.Key("steps");
      w_.BeginArray();
      for (const UpdateStep& step : u.steps) {
        w_.BeginObject();
        w_.Field("value", step.value);
        WriteDateOrNull(w_, "as_of", step.as_of);
        w_.Field("held_by", step.held_by);
        WriteEvidence(step.evidence);
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteConflicts(const StoryAccount& s) {
    w_.Key("conflicts");
    w_.BeginArray();
    for (const Conflict& c : s.conflicts) {
      w_.BeginObject();
      w_.Field("id", c.id);
      w_.Field("kind", ConflictKindName(c.kind));
      w_.Field("summary", c.summary);
      WriteStrings(w_, "facts", c.facts);
      w_.Key("sides");
      w_.BeginArray();
      for (const ConflictSide& side : c.sides) {
        w_.BeginObject();
        w_.Field("statement", side.statement);
        w_.Field("held_by", side.held_by);
        WriteEvidence(side.evidence);
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteQuotes(const StoryAccount& s) {
    w_.Key("quotes");
    w_.BeginArray();
    for (const AccountQuote& q : s.quotes) {
      w_.BeginObject();
      w_.Field("id", q.id);
      w_.FieldOrNull("speaker", q.speaker);
      w_.Field("speaker_name", q.speaker_name);
      w_.Field("text", q.text);
      w_.FieldOrNull("cue", q.cue);
      w_.Field("direct", q.direct);
      WriteEvidence(q.evidence);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteTimeline(const StoryAccount& s) {
    w_.Key("timeline");
    w_.BeginArray();
    for (const TimelineEntry& t : s.timeline) {
      w_.BeginObject();
      WriteDateOrNull(w_, "date", t.date);
      if (t.until.valid()) w_.Field("until", t.until.Iso());
      w_.Field("event", t.event);
      w_.FieldOrNull("fact", t.fact);
      WriteEvidence(t.evidence);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WriteCoverage(const StoryAccount& s) {
    w_.Key("coverage");
    w_.BeginArray();
    for (const Coverage& c : s.coverage) {
      if (resolver_.ArticleAt(c.article) == nullptr) continue;
      w_.BeginObject();
      w_.Key("article");
      ArticleRef(c.article);
      WriteStrings(w_, "facts", c.facts);
      WriteStrings(w_, "omits", c.omits);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void WritePositions(const StoryAccount& s) {
    w_.Key("positions");
    w_.BeginArray();
    for (const Position& p : s.positions) {
      w_.BeginObject();
      w_.FieldOrNull("actor", p.actor);
      w_.Field("actor_name", p.actor_name);
      w_.Field("issue", p.issue);
      w_.Field("stance", p.stance);
      WriteEvidence(p.evidence);
      w_.EndObject();
    }
    w_.EndArray();
  }

  // Terms whose evidence points outside the articles are skipped (the contract's ids resolve).
  void WriteFraming(const StoryAccount& s) {
    w_.Key("framing");
    w_.BeginArray();
    for (const FramingTerm& f : s.framing) {
      if (!resolver_.Resolve(f.evidence).ok) continue;
      w_.BeginObject();
      w_.Key("article");
      ArticleRef(f.article);
      w_.Field("term", f.term);
      w_.Field("category", f.category);
      w_.Field("voice", f.voice);
      w_.FieldOrNull("speaker", f.speaker);
      WriteEvidence({f.evidence});
      w_.EndObject();
    }
    w_.EndArray();
  }

  JsonWriter& w_;
  const EvidenceResolver& resolver_;
};

}  // namespace

std::string RenderArticleJson(const Article& article) {
  std::string out;
  JsonWriter w(&out);
  WriteArticle(w, article);
  return out;
}

std::string RenderAccountJson(const Account& account) {
  std::string out;
  size_t text_bytes = 0;
  for (const Article& a : account.articles) text_bytes += a.text.size();
  out.reserve(text_bytes * 2 + 4096);
  JsonWriter w(&out, 2);
  EvidenceResolver resolver(account);
  w.BeginObject();
  w.Field("schema", kAccountSchema);
  w.Key("generator");
  w.BeginObject();
  w.Field("name", kGeneratorName);
  w.Field("version", kVersion);
  w.EndObject();
  w.Key("articles");
  w.BeginArray();
  for (const Article& a : account.articles) WriteArticle(w, a);
  w.EndArray();
  w.Key("problems");
  w.BeginArray();
  for (const InputProblem& p : account.problems) {
    w.BeginObject();
    w.Field("uri", p.uri);
    w.Field("reason", p.reason);
    w.EndObject();
  }
  w.EndArray();
  w.Key("stories");
  w.BeginArray();
  StoryWriter story_writer(w, resolver);
  for (const StoryAccount& s : account.stories) story_writer.Write(s);
  w.EndArray();
  w.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace corroborate
