// Test helper for reconcile/ tests: builds a story of hand-annotated articles (one sentence per
// line, the first line a headline) without running analyze/, so reconcile tests do not depend
// on the analyzer. Entities, quantities and times are placed with text.find.
#pragma once

#include <deque>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "model/account.h"
#include "model/annotated_doc.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate::reconcile_test {

class TestStory {
 public:
  // Adds an article (one sentence per line; lines[0] is a headline when headline is set) and
  // returns its doc index. group: its Sourcing independence group.
  size_t Add(const std::string& outlet, const std::vector<std::string>& lines, uint32_t group,
             bool headline = true) {
    Article a;
    a.id = "a" + std::to_string(articles_.size() + 1);
    a.outlet = outlet;
    a.title = lines.empty() ? "" : lines[0];
    AnnotatedDoc d;
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i) a.text += "\n";
      Sentence s;
      s.span.begin = static_cast<uint32_t>(a.text.size());
      a.text += lines[i];
      s.span.end = static_cast<uint32_t>(a.text.size());
      s.paragraph = static_cast<uint32_t>(i);
      s.heading = headline && i == 0;
      d.sentences.push_back(s);
    }
    articles_.push_back(std::move(a));
    docs_.push_back(std::move(d));
    groups_.push_back(group);
    entity_names_.emplace_back();
    return docs_.size() - 1;
  }

  // Marks every whole-word occurrence of surface not already inside a mention.
  void Entity(size_t doc, std::string_view surface, EntityType type, const std::string& canonical) {
    const std::string& text = articles_[doc].text;
    for (size_t p = text.find(surface); p != std::string::npos; p = text.find(surface, p + 1)) {
      TextSpan span{static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
      if (!WholeWord(text, span)) continue;
      bool overlaps = false;
      for (const auto& m : docs_[doc].entities) overlaps = overlaps || m.span.Overlaps(span);
      if (overlaps) continue;
      EntityMention m;
      m.span = span;
      m.type = type;
      m.sentence = SentenceOf(doc, span.begin);
      docs_[doc].entities.push_back(m);
      entity_names_[doc].push_back(canonical);
      if (!types_.count(canonical)) {
        types_[canonical] = type;
        order_.push_back(canonical);
      }
    }
  }

  // Sets the article's publish date.
  void Published(size_t doc, CivilDate date) { articles_[doc].published.date = date; }

  // Marks the first occurrence of surface (at or after from) as a quantity.
  void Quantity(size_t doc, std::string_view surface, double value, const std::string& unit,
                const std::string& modifier = "", size_t from = 0) {
    size_t p = articles_[doc].text.find(surface, from);
    if (p == std::string::npos) return;
    corroborate::Quantity q;
    q.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
    q.value = value;
    q.unit = unit;
    q.modifier = modifier;
    q.sentence = SentenceOf(doc, q.span.begin);
    docs_[doc].quantities.push_back(q);
  }

  void Time(size_t doc, std::string_view surface, CivilDate date, bool relative = true,
            size_t from = 0) {
    size_t p = articles_[doc].text.find(surface, from);
    if (p == std::string::npos) return;
    TimeMention t;
    t.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + surface.size())};
    t.date = date;
    t.relative = relative;
    t.sentence = SentenceOf(doc, t.span.begin);
    docs_[doc].times.push_back(t);
  }

  // Finalises pointers; call after the last Add/Entity/Quantity/Time.
  StoryInput Input() {
    StoryInput in;
    for (size_t d = 0; d < docs_.size(); ++d) {
      docs_[d].article = &articles_[d];
      in.docs.push_back(&docs_[d]);
      in.article_index.push_back(static_cast<uint32_t>(d));
      Sourcing s;
      s.article = static_cast<uint32_t>(d);
      s.group = groups_[d];
      in.sourcing.push_back(s);
    }
    return in;
  }

  // Entity resolution as the test declares it (canonical names), standing in for
  // ResolveEntities.
  ResolvedEntities Entities() const {
    ResolvedEntities r;
    std::map<std::string, int32_t> index;
    for (const auto& name : order_) {
      index[name] = static_cast<int32_t>(r.entities.size());
      AccountEntity e;
      e.id = "e" + std::to_string(r.entities.size() + 1);
      e.name = name;
      e.type = types_.at(name);
      r.entities.push_back(e);
    }
    for (const auto& names : entity_names_) {
      r.entity_of.emplace_back();
      for (const auto& n : names) r.entity_of.back().push_back(index.at(n));
    }
    return r;
  }

  std::vector<Article> Articles() const { return {articles_.begin(), articles_.end()}; }
  const Article& article(size_t d) const { return articles_[d]; }
  std::string_view SentenceText(size_t doc, size_t s) const {
    return docs_[doc].sentences[s].span.Of(articles_[doc].text);
  }

 private:
  static bool WholeWord(const std::string& text, TextSpan span) {
    auto word = [](char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    };
    if (span.begin > 0 && word(text[span.begin - 1])) return false;
    if (span.end < text.size() && word(text[span.end])) return false;
    return true;
  }
  uint32_t SentenceOf(size_t doc, uint32_t pos) const {
    const auto& ss = docs_[doc].sentences;
    for (size_t i = 0; i < ss.size(); ++i) {
      if (pos >= ss[i].span.begin && pos < ss[i].span.end) return static_cast<uint32_t>(i);
    }
    return 0;
  }

  std::deque<Article> articles_;
  std::deque<AnnotatedDoc> docs_;
  std::vector<uint32_t> groups_;
  std::vector<std::vector<std::string>> entity_names_;  // per doc, per mention
  std::map<std::string, EntityType> types_;
  std::vector<std::string> order_;
};

// An invented four-outlet story: a dockworkers' strike. Harbor Times (group 0), Coastal Post
// (group 1), the Daily Meridian (a reprint of the Coastal Post: group 1 too) and the Northern
// Ledger (group 2). They disagree on the number of waiting ships (at least 40 vs about 60) and
// on how long Wednesday's talks lasted (4 vs 6 hours); the ministry denies that the minister
// refused to meet the union. Dates: the strike began Monday 2025-03-03.
struct PortStrike {
  size_t times = 0, post = 0, meridian = 0, ledger = 0;
};

inline PortStrike BuildPortStrike(TestStory* s) {
  PortStrike p;
  const CivilDate mon = CivilDate::Day(2025, 3, 3), tue = CivilDate::Day(2025, 3, 4),
                  wed = CivilDate::Day(2025, 3, 5), thu = CivilDate::Day(2025, 3, 6);
  p.times = s->Add("Harbor Times",
                   {"Dockworkers Strike Shuts Port of Calder",
                    "Dockworkers at the Port of Calder walked off the job on Monday, halting cargo "
                    "operations at the country's second-largest harbor.",
                    "At least 40 ships were waiting at anchor outside the harbor on Tuesday, the "
                    "port authority said.",
                    "Talks between the union and port operators lasted four hours on Wednesday "
                    "without an agreement.",
                    "Trucks queued for up to 10 hours at the port gates.",
                    "Transport Minister Elena Varga refused to meet the union leaders, according "
                    "to strike organisers."},
                   0);
  p.post = s->Add("Coastal Post",
                  {"Port Strike Leaves Dozens of Ships Stranded",
                   "Cargo operations at the Port of Calder halted on Monday after dockworkers "
                   "walked off the job.",
                   "About 60 ships were stranded at anchor outside the harbor by Tuesday, shipping "
                   "agents said.",
                   "Talks between the union and port operators lasted six hours on Wednesday but "
                   "ended without agreement.",
                   "The Transport Ministry said it was incorrect to say Varga refused to meet the "
                   "union.",
                   "The union is demanding a 12 percent pay rise over two years."},
                  1);
  p.meridian = s->Add("Daily Meridian",
                      {"Port Strike Leaves Dozens of Ships Stranded",
                       "Cargo operations at the Port of Calder halted on Monday after dockworkers "
                       "walked off the job.",
                       "About 60 ships were stranded at anchor outside the harbor by Tuesday, "
                       "shipping agents said.",
                       "The union is demanding a 12 percent pay rise over two years."},
                      1);
  p.ledger = s->Add("Northern Ledger",
                    {"Calder Port Standstill Enters Third Day",
                     "The strike at the Port of Calder, which began on Monday, has halted cargo "
                     "operations.",
                     "The union wants wages raised by 12 percent over two years, its leaders said.",
                     "Fishing boats were allowed to leave the harbor on Thursday."},
                    2);
  for (size_t d : {p.times, p.post, p.meridian, p.ledger}) {
    s->Entity(d, "Port of Calder", EntityType::kPlace, "Port of Calder");
    s->Entity(d, "Elena Varga", EntityType::kPerson, "Elena Varga");
    s->Entity(d, "Varga", EntityType::kPerson, "Elena Varga");
    s->Entity(d, "Transport Ministry", EntityType::kOrganization, "Transport Ministry");
    s->Time(d, "Monday", mon);
    s->Time(d, "Tuesday", tue);
    s->Time(d, "Wednesday", wed);
    s->Time(d, "Thursday", thu);
    s->Quantity(d, "12 percent", 12, "percent");
    s->Quantity(d, "two years", 2, "year");
  }
  s->Quantity(p.times, "40 ships", 40, "ship", "at least");
  s->Quantity(p.times, "four hours", 4, "hour");
  s->Quantity(p.times, "10 hours", 10, "hour", "up to");
  s->Quantity(p.post, "60 ships", 60, "ship", "about");
  s->Quantity(p.meridian, "60 ships", 60, "ship", "about");
  s->Quantity(p.post, "six hours", 6, "hour");
  return p;
}

}  // namespace corroborate::reconcile_test
