#include "reconcile/timeline.h"

#include <algorithm>

#include "core/disjoint_sets.h"
#include "core/strings.h"

namespace corroborate {
namespace {

bool SameDay(const CivilDate& a, const CivilDate& b) {
  return a.has_day() && b.has_day() && a.year == b.year && a.month == b.month && a.day == b.day;
}

// A date as days since the epoch: [first, last] of the day, range, month or year.
std::pair<int64_t, int64_t> DaySpan(const CivilDate& date, const CivilDate& until) {
  if (date.has_day()) {
    const int64_t first = date.ToDays();
    return {first, until.has_day() ? until.ToDays() : first};
  }
  if (date.precision == DatePrecision::kMonth) {
    return {CivilDate::Day(date.year, date.month, 1).ToDays(),
            CivilDate::Day(date.year, date.month, DaysInMonth(date.year, date.month)).ToDays()};
  }
  return {CivilDate::Day(date.year, 1, 1).ToDays(), CivilDate::Day(date.year, 12, 31).ToDays()};
}

// One date a claim gives an event: the mention, and the last day when it names a range ("last
// week" is Monday to Sunday, "over the weekend" Saturday and Sunday).
struct Dating {
  const ClaimTime* time = nullptr;
  CivilDate until;
};

bool InsideDirectQuote(const AnnotatedDoc& doc, TextSpan span) {
  for (const Quote& q : doc.quotes) {
    if (q.direct && q.text.begin <= span.begin && span.end <= q.text.end) return true;
  }
  return false;
}

// A dateline: the date opening a report after a capitalised place ("TARSK, March 4 (KNA) —",
// "VELGRAD, 4 March -") says when it was filed, not when anything happened.
bool IsDateline(std::string_view text, TextSpan sentence, TextSpan date) {
  if (date.begin < sentence.begin || date.end > text.size()) return false;
  bool letters = false;
  for (size_t i = sentence.begin; i < date.begin; ++i) {
    const char ch = text[i];
    if (ch >= 'a' && ch <= 'z') return false;
    if (!(ch >= 'A' && ch <= 'Z') && ch != ' ' && ch != ',' && ch != '.') return false;
    letters = letters || (ch >= 'A' && ch <= 'Z');
  }
  if (!letters) return false;
  size_t i = date.end;
  while (i < text.size() && text[i] == ' ') ++i;
  if (i < text.size() && text[i] == '(') {  // the agency: "(KNA)"
    const size_t close = text.find(')', i);
    if (close == std::string_view::npos || close - i > 16) return false;
    i = close + 1;
    while (i < text.size() && text[i] == ' ') ++i;
  }
  const std::string_view rest = text.substr(i);
  return StartsWith(rest, "-") || StartsWith(rest, "\xE2\x80\x94") ||  // em dash
         StartsWith(rest, "\xE2\x80\x93");                             // en dash
}

// The date mentions of c that date an event of the story. Left out: a relative date inside a
// direct quote ("ready to sign tomorrow", "no plan to speak of today": the speaker's day, not
// the article's), and the current week, month or year as a frame ("this week's diplomacy", "the
// sixth visit this year", "consultations this month"), which dates no event of its own.
std::vector<Dating> UsableDates(const StoryInput& story, const Claim& c) {
  std::vector<Dating> out;
  const AnnotatedDoc& doc = *story.docs[c.doc];
  const std::string_view text = doc.text();
  for (const ClaimTime& t : c.times) {
    const TimeMention* mention = nullptr;
    for (const TimeMention& m : doc.times) {
      if (m.span.begin == t.span.begin && m.span.end == t.span.end) mention = &m;
    }
    const CivilDate until =
        mention != nullptr && mention->end_date.has_day() ? mention->end_date : CivilDate{};
    if (t.relative && InsideDirectQuote(doc, t.span)) continue;
    if (IsDateline(text, c.span, t.span)) continue;
    const std::string written = AsciiLower(t.span.Of(text));
    if (t.relative && StartsWith(written, "this ") && (until.valid() || !t.date.has_day())) {
      continue;
    }
    out.push_back({&t, until});
  }
  return out;
}

bool Carries(const std::vector<Dating>& datings, const CivilDate& date, const CivilDate& until) {
  for (const Dating& d : datings) {
    if (date.has_day() ? SameDay(d.time->date, date) && d.until == until : d.time->date == date) {
      return true;
    }
  }
  return false;
}

struct Draft {
  TimelineEntry entry;
  size_t fact;
  std::vector<uint32_t> dated;         // claims carrying the date
  std::vector<int> events;             // event classes (claims.h EventClass) named by dated claims
  std::vector<int32_t> entities;       // entities of dated claims, sorted
  std::vector<int32_t> rare_entities;  // those in few of the story's claims, sorted
  std::vector<int32_t> distinct;       // distinctive words of dated claims, sorted
  bool merged = false;
  std::vector<int> statement_events;  // event classes the statement itself names
};

// Near-duplicates: some dated sentence of one reads like one of the other.
// Or, on one date (a day, or a month: "the war began in April 2024"), the same kind of event
// ("talks", "truce") among shared actors: one event told from different angles ("the talks,
// which began late Tuesday", "Tuesday's meeting"). One shared actor is enough when it is rare
// in the story; a common one ("the United States") needs a second, or "Zelensky confirmed
// Tuesday that negotiators will travel for talks" joins the Moscow meeting of that Tuesday.
// Across precisions (`loose`: "leaked last month" beside "the Nov. 20 leak"), the coarse date
// already holds the fine one, so less is asked: two distinctive words shared, or one and an
// actor.
bool NearDuplicate(const ClaimSet& set, const Draft& a, const Draft& b, bool loose = false) {
  const size_t kMax = 8;
  bool same_event = false;
  if (a.entry.date.has_day() || a.entry.date.precision == DatePrecision::kMonth) {
    for (int e : a.events) {
      same_event = same_event || std::find(b.events.begin(), b.events.end(), e) != b.events.end();
    }
  }
  if (same_event && (SortedIntersect(a.rare_entities, b.rare_entities) ||
                     SortedCommonCount(a.entities, b.entities) >= 2)) {
    return true;
  }
  if (loose) {
    const size_t distinct = SortedCommonCount(a.distinct, b.distinct);
    if (distinct >= 2 || (distinct == 1 && SortedIntersect(a.entities, b.entities))) return true;
  }
  for (size_t i = 0; i < a.dated.size() && i < kMax; ++i) {
    for (size_t j = 0; j < b.dated.size() && j < kMax; ++j) {
      const float cos = Cosine(set.claims[a.dated[i]], set.claims[b.dated[j]]);
      if (cos >= 0.5f || (same_event && cos >= 0.15f)) return true;
    }
  }
  return false;
}

// The date mention of c on the entry's date (a usable one: see UsableDates).
const ClaimTime* DateMention(const StoryInput& story, const Claim& c, const CivilDate& date) {
  for (const Dating& d : UsableDates(story, c)) {
    if (date.has_day() ? SameDay(d.time->date, date) : d.time->date == date) return d.time;
  }
  return nullptr;
}

bool IsDenialWord(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "incorrect" ||
         w == "untrue" || w == "refuted" || w == "dismissed" || w == "false" || w == "rejected";
}

// Words of a sentence about coverage rather than the event ("reports that …", "did not respond
// to requests for comment").
bool IsMetaWord(std::string_view w) {
  return w == "reports" || w == "report" || w == "reported" || w == "comment" || w == "respond" ||
         w == "unclear" || w == "clear" || w == "requests";
}

// What a dated sentence offers as the event: "Tuesday's high-stakes meeting in Moscow…" when
// the date is a possessive (the sentence is about something else that followed it), else the
// clause (between semicolons) holding the date. Scored so that the event itself wins over a
// denial, a quote or a preview of it.
struct EventText {
  std::string text;
  double score = -1e9;
  // Not an event: a sentence about the coverage ("did not respond to requests for comment on
  // Tuesday") or a label without a clause ("TARSK, March 4 (KNA) —": no word in lower case
  // besides the date).
  bool not_event = false;
};

EventText ReadEvent(const StoryInput& story, const Claim& c, const ClaimTime& when) {
  EventText out;
  const std::string_view text = story.docs[c.doc]->text();
  const auto& t = c.tokens;
  size_t at = 0;
  while (at < t.size() && t[at].span.end <= when.span.begin) ++at;
  if (at >= t.size()) return out;
  size_t last = at;
  while (last + 1 < t.size() && t[last + 1].span.begin < when.span.end) ++last;
  const std::string_view after = text.substr(std::min<size_t>(when.span.end, text.size()));
  bool possessive = StartsWith(after, "'s ") || StartsWith(after, "\xE2\x80\x99s ");
  size_t b = at, e = last + 1;
  bool names_event = false;
  if (possessive) {
    // Worth it only when the phrase names something ("this week's diplomacy" does not).
    size_t content = 0;
    for (size_t i = last + 1; i < t.size() && !t[i].punct && i < last + 4; ++i) {
      content += t[i].entity >= 0 || t[i].feature >= 0;
    }
    possessive = content >= 2;
  }
  if (possessive) {
    // The noun phrase to the end of its clause; a comma before a name continues a list.
    e = last + 1;
    while (e < t.size()) {
      if (t[e].punct && (t[e].lower != "," || e + 1 >= t.size() || t[e + 1].entity < 0)) break;
      if (!t[e].punct && (t[e].lower == "even" || t[e].lower == "which" || t[e].lower == "while" ||
                          t[e].lower == "as" || t[e].lower == "when")) {
        break;
      }
      ++e;
    }
    out.score = 1.0;
  } else {
    // The clause between semicolons around the date.
    b = at;
    while (b > 0 && t[b - 1].lower != ";") --b;
    e = last + 1;
    while (e < t.size() && t[e].lower != ";") ++e;
    out.score = 0.0;
  }
  int meta = 0;
  bool clause_word = false;
  for (size_t i = b; i < e; ++i) {
    if (t[i].punct) continue;
    if (i < at || i > last) {
      const std::string_view w = t[i].span.Of(text);
      clause_word = clause_word || (!w.empty() && w[0] >= 'a' && w[0] <= 'z');
    }
    if (t[i].entity >= 0) continue;
    if (EventClass(t[i].lower) >= 0) names_event = true;
    if (IsDenialWord(t[i].lower)) out.score -= 3.0;
    if (IsMetaWord(t[i].lower)) {
      out.score -= 1.0;
      ++meta;
    }
  }
  out.not_event = !clause_word || (meta >= 2 && !names_event);
  if (names_event) out.score += 1.5;
  if (c.reading.modality == "expected" || c.reading.modality == "possible") out.score -= 1.0;
  if (c.heading) out.score -= 1.0;
  const bool whole = !possessive && b == 0 && e == t.size();
  while (e > b && t[e - 1].punct) --e;
  if (b >= e) return {};
  TextSpan span{t[b].span.begin, t[e - 1].span.end};
  if (!whole) {
    // A phrase cut from the sentence: keep its own closing punctuation off, open it capitalised.
    out.text = CollapseWhitespace(span.Of(text));
  } else {
    out.text = CollapseWhitespace(c.span.Of(text));
  }
  const std::string_view quotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"};
  for (std::string_view q : quotes) {
    if (out.text.find(q) != std::string::npos) {
      out.score -= 0.7;
      break;
    }
  }
  const int words = e - b > 0 ? static_cast<int>(e - b) : 0;
  if (words > 35) out.score -= (words - 35) * 0.05;
  if (words < 4) out.score -= 2.0;
  if (!out.text.empty() && out.text[0] >= 'a' && out.text[0] <= 'z') {
    out.text[0] = static_cast<char>(out.text[0] - 'a' + 'A');
  }
  return out;
}

}  // namespace

namespace {

bool IsSpeechVerb(std::string_view w) {
  return w == "said" || w == "says" || w == "told" || w == "confirmed" || w == "announced" ||
         w == "stated" || w == "added" || w == "warned" || w == "insisted" || w == "stressed" ||
         w == "wrote" || w == "posted" || w == "tweeted" || w == "declared" || w == "denied";
}

// True when the claim's mention of `date` follows a speech verb ("said on Sunday", "confirmed
// Tuesday", "told reporters late Tuesday"): what it dates is the statement.
bool DatesAStatement(const Claim& c, const std::vector<Dating>& datings, const CivilDate& date) {
  for (const Dating& d : datings) {
    if (!(date.has_day() ? SameDay(d.time->date, date) : d.time->date == date)) continue;
    size_t at = 0;
    while (at < c.tokens.size() && c.tokens[at].span.end <= d.time->span.begin) ++at;
    for (size_t back = 1; back <= 3 && back <= at; ++back) {
      const ClaimToken& tok = c.tokens[at - back];
      if (tok.punct) break;
      if (IsSpeechVerb(tok.lower)) return true;
    }
  }
  return false;
}

// The dates one fact gives events, most supported first: a day (or a range) before a month or a
// year, then by the number of claims giving it. Sentences may date two events ("a truce brokered
// in December collapsed last month"; "who shuttled over the weekend, said on Sunday"): each date
// that is not merely a coarser telling of a finer one (the same "last month" and "on 20
// November") gets its own entry.
struct FactDate {
  CivilDate date, until;
  int count = 0;
  std::vector<size_t> claims;  // members giving it (indices into the fact's members)
};

std::vector<FactDate> DatesOfFact(const std::vector<std::vector<Dating>>& datings) {
  std::vector<FactDate> dates;
  for (size_t k = 0; k < datings.size(); ++k) {
    for (const Dating& d : datings[k]) {
      CivilDate date = d.time->date;
      if (date.has_day()) date = CivilDate::Day(date.year, date.month, date.day);
      auto it = std::find_if(dates.begin(), dates.end(), [&](const FactDate& f) {
        return f.date == date && f.until == d.until;
      });
      if (it == dates.end()) {
        dates.push_back({date, d.until, 1, {k}});
      } else {
        ++it->count;
        it->claims.push_back(k);
      }
    }
  }
  std::stable_sort(dates.begin(), dates.end(), [](const FactDate& a, const FactDate& b) {
    if (a.date.has_day() != b.date.has_day()) return a.date.has_day();
    if (a.count != b.count) return a.count > b.count;
    return !a.until.valid() && b.until.valid();  // "on Sunday" before "over the weekend"
  });
  // A coarser date holding a finer one of the same fact tells the same event less precisely,
  // unless one sentence gives both: then they are two events ("shuttled over the weekend, said
  // on Sunday").
  std::vector<FactDate> out;
  for (const FactDate& d : dates) {
    const auto span = DaySpan(d.date, d.until);
    bool coarser = false;
    for (const FactDate& kept : out) {
      const auto k = DaySpan(kept.date, kept.until);
      bool one_sentence = false;
      for (size_t claim : d.claims) {
        one_sentence = one_sentence || std::find(kept.claims.begin(), kept.claims.end(), claim) !=
                                           kept.claims.end();
      }
      coarser = coarser || (span.first <= k.first && k.second <= span.second &&
                            span.second - span.first > k.second - k.first && !one_sentence);
    }
    if (!coarser) out.push_back(d);
  }
  return out;
}

// True when b's date is a coarser period that holds a's ("later this month" and "on March 17").
bool Holds(const Draft& coarse, const Draft& fine) {
  const auto c = DaySpan(coarse.entry.date, coarse.entry.until);
  const auto f = DaySpan(fine.entry.date, fine.entry.until);
  return c.first <= f.first && f.second <= c.second && c.second - c.first > f.second - f.first;
}

// Two drafts built from one claim are the two events of one sentence: never one entry.
bool ShareClaim(const Draft& a, const Draft& b) {
  for (uint32_t x : a.dated) {
    if (std::find(b.dated.begin(), b.dated.end(), x) != b.dated.end()) return true;
  }
  return false;
}

void Fold(Draft* into, Draft* from) {
  from->merged = true;
  for (const Evidence& e : from->entry.evidence) {
    if (std::find(into->entry.evidence.begin(), into->entry.evidence.end(), e) ==
        into->entry.evidence.end()) {
      into->entry.evidence.push_back(e);
    }
  }
  if (into->dated.size() < 64) {
    into->dated.insert(into->dated.end(), from->dated.begin(), from->dated.end());
  }
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const StoryInput& story, const ClaimSet& set,
                                         const FactTable& table) {
  std::vector<Draft> drafts;
  std::vector<std::vector<Dating>> datings;
  for (size_t f = 0; f < table.facts.size(); ++f) {
    const Fact& fact = table.facts[f];
    datings.clear();
    for (uint32_t m : table.members[f]) datings.push_back(UsableDates(story, set.claims[m]));
    for (const FactDate& when : DatesOfFact(datings)) {
      Draft d;
      d.fact = f;
      d.entry.date = when.date;
      d.entry.until = when.until;
      d.entry.event = fact.statement;
      d.entry.fact = fact.id;
      const auto span = DaySpan(when.date, when.until);
      for (size_t k = 0; k < table.members[f].size(); ++k) {
        const uint32_t m = table.members[f][k];
        bool carries = Carries(datings[k], when.date, when.until);
        // A member giving a coarser date that holds this one tells the same event ("later
        // this month" beside "on March 17"), unless it also gives a date of its own outside.
        for (const Dating& other : datings[k]) {
          const auto o = DaySpan(other.time->date, other.until);
          carries = carries ||
                    (o.first <= span.first && span.second <= o.second && datings[k].size() == 1);
        }
        if (!carries) continue;
        const Claim& c = set.claims[m];
        d.dated.push_back(m);
        d.entry.evidence.push_back(story.At(c.doc, c.span));
        d.entities.insert(d.entities.end(), c.entities.begin(), c.entities.end());
        d.rare_entities.insert(d.rare_entities.end(), c.rare_entities.begin(),
                               c.rare_entities.end());
        d.distinct.insert(d.distinct.end(), c.distinct_features.begin(), c.distinct_features.end());
        // "confirmed Tuesday that negotiators will travel for talks": the date is the
        // statement's, so the talks it mentions do not make it that day's talks.
        const bool statement = DatesAStatement(c, datings[k], when.date);
        for (const auto& tok : c.tokens) {
          int cls = tok.punct || tok.entity >= 0 || statement ? -1 : EventClass(tok.lower);
          if (cls >= 0 && fact.statement.find(tok.lower) != std::string::npos &&
              std::find(d.statement_events.begin(), d.statement_events.end(), cls) ==
                  d.statement_events.end()) {
            d.statement_events.push_back(cls);
          }
          if (cls >= 0 && std::find(d.events.begin(), d.events.end(), cls) == d.events.end()) {
            d.events.push_back(cls);
          }
        }
      }
      if (d.dated.empty()) continue;
      // A bare year ("in 2019") rarely places an event of the story; keep it only when several
      // independent outlets date the fact that way.
      if (when.date.precision == DatePrecision::kYear) {
        std::vector<uint32_t> docs;
        for (uint32_t m : d.dated) docs.push_back(set.claims[m].doc);
        if (IndependentSources(story, docs) < 2) continue;
      }
      for (auto* v : {&d.entities, &d.rare_entities, &d.distinct}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
      }
      drafts.push_back(std::move(d));
    }
  }
  // By date, then support (facts are already ordered by support, then position).
  std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
    if (!(a.entry.date == b.entry.date)) return a.entry.date < b.entry.date;
    if (!(a.entry.until == b.entry.until)) return a.entry.until < b.entry.until;
    return a.fact < b.fact;
  });
  // A coarse telling (a month, a week) of an event another outlet dates to the day joins that
  // entry: the precise date wins, the outlets are all kept. Drafts are in date order, so the
  // finer dates inside a period follow it (bounded look-ahead).
  for (size_t i = 0; i < drafts.size(); ++i) {
    const bool coarse = !drafts[i].entry.date.has_day() || drafts[i].entry.until.valid();
    if (!coarse || drafts[i].entry.date.precision == DatePrecision::kYear) continue;
    size_t looked = 0;
    for (size_t j = i + 1; j < drafts.size() && looked < 200; ++j, ++looked) {
      if (drafts[j].merged || !Holds(drafts[i], drafts[j])) continue;
      if (ShareClaim(drafts[i], drafts[j]) || !NearDuplicate(set, drafts[j], drafts[i], true)) {
        continue;
      }
      Fold(&drafts[j], &drafts[i]);
      break;
    }
  }
  std::vector<TimelineEntry> out;
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].merged) continue;
    // Fold later near-duplicates of the same date into this entry (bounded per date).
    size_t looked = 0;
    for (size_t j = i + 1;
         j < drafts.size() && drafts[j].entry.date == drafts[i].entry.date && looked < 200;
         ++j, ++looked) {
      if (drafts[j].merged || !(drafts[j].entry.until == drafts[i].entry.until)) continue;
      if (ShareClaim(drafts[i], drafts[j]) || !NearDuplicate(set, drafts[i], drafts[j])) continue;
      // One event told several ways: let the entry read as that event when this statement
      // does not name it ("the parties agreed to …" vs "the talks ended …").
      bool i_names = false, j_names = false;
      for (int e : drafts[j].events) {
        const auto& si = drafts[i].statement_events;
        const auto& sj = drafts[j].statement_events;
        if (std::find(drafts[i].events.begin(), drafts[i].events.end(), e) ==
            drafts[i].events.end()) {
          continue;
        }
        i_names = i_names || std::find(si.begin(), si.end(), e) != si.end();
        j_names = j_names || std::find(sj.begin(), sj.end(), e) != sj.end();
      }
      if (!i_names && j_names) {
        drafts[i].entry.event = drafts[j].entry.event;
        drafts[i].entry.fact = drafts[j].entry.fact;
        drafts[i].statement_events = drafts[j].statement_events;
      }
      Fold(&drafts[i], &drafts[j]);
    }
    // Let the entry read as the event: the best-scoring dated wording of its facts.
    EventText best;
    for (uint32_t m : drafts[i].dated) {
      const Claim& c = set.claims[m];
      const ClaimTime* when = DateMention(story, c, drafts[i].entry.date);
      if (when == nullptr) continue;
      EventText ev = ReadEvent(story, c, *when);
      if (!ev.text.empty() && ev.score > best.score) {
        best = std::move(ev);
        if (m < table.fact_of_claim.size() && table.fact_of_claim[m] >= 0) {
          drafts[i].entry.fact = table.facts[table.fact_of_claim[m]].id;
        }
      }
    }
    // Every wording is about the coverage, or no clause at all: no event to date.
    if (!best.text.empty() && best.not_event) continue;
    if (!best.text.empty()) drafts[i].entry.event = std::move(best.text);
    out.push_back(std::move(drafts[i].entry));
  }
  return out;
}

}  // namespace corroborate
