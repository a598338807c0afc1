#include "eval/gold_file.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <optional>

#include "core/read_file.h"
#include "eval/text_match.h"
#include "model/date.h"

namespace corroborate::eval {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Key phrases stay short: enough to find an item, never a copied passage.
constexpr size_t kMaxKeyWords = 8;

constexpr std::array<std::string_view, 5> kEntityTypes = {"person", "organization", "place",
                                                          "group", "other"};
constexpr std::array<std::string_view, 3> kStatuses = {"confirmed", "single-source", "contested"};
constexpr std::array<std::string_view, 5> kConflictKinds = {"denial", "number", "date", "attribute",
                                                            "quote"};
constexpr std::array<std::string_view, 5> kPrecisions = {"day", "weekend", "week", "month", "year"};
constexpr std::array<std::string_view, 2> kVoices = {"outlet", "quoted"};
constexpr std::array<std::string_view, 6> kStances = {"demands",  "rejects",  "accepts",
                                                      "proposes", "supports", "opposes"};

// Reads one gold record; the first problem found is kept, with the record's path ("quotes[3]").
class Reader {
 public:
  Reader(object obj, std::string where) : obj_(obj), where_(std::move(where)) {}

  // Fails on a field the format does not know: a typo would otherwise silently drop data.
  void AllowOnly(std::initializer_list<std::string_view> known) {
    for (auto field : obj_) {
      if (field.key == "note") continue;  // free comments are allowed everywhere
      if (std::find(known.begin(), known.end(), field.key) == known.end()) {
        Error("unknown field '" + std::string(field.key) + "'");
      }
    }
  }

  std::string String(std::string_view key, bool required = true) {
    element el;
    std::string_view s;
    if (obj_.at_key(key).get(el) != simdjson::SUCCESS || el.is_null()) {
      if (required) Error("'" + std::string(key) + "' is missing");
      return "";
    }
    if (el.get_string().get(s) != simdjson::SUCCESS)
      Error("'" + std::string(key) + "' is not a string");
    if (required && s.empty()) Error("'" + std::string(key) + "' is empty");
    return std::string(s);
  }

  template <size_t N>
  std::string OneOf(std::string_view key, const std::array<std::string_view, N>& allowed) {
    std::string s = String(key);
    if (!s.empty() && std::find(allowed.begin(), allowed.end(), s) == allowed.end()) {
      Error("'" + std::string(key) + "' has an unknown value: " + s);
    }
    return s;
  }

  std::vector<std::string> Strings(std::string_view key, bool required) {
    std::vector<std::string> out;
    array arr;
    if (obj_.at_key(key).get(arr) != simdjson::SUCCESS) {
      element el;
      if (obj_.at_key(key).get(el) == simdjson::SUCCESS) {
        Error("'" + std::string(key) + "' is not an array");
      } else if (required) {
        Error("'" + std::string(key) + "' is missing");
      }
      return out;
    }
    for (element el : arr) {
      std::string_view s;
      if (el.get_string().get(s) != simdjson::SUCCESS || s.empty()) {
        Error("'" + std::string(key) + "' holds something that is not a non-empty string");
        continue;
      }
      out.emplace_back(s);
    }
    if (required && out.empty()) Error("'" + std::string(key) + "' is empty");
    return out;
  }

  std::vector<std::string> Keys(std::string_view key, size_t min, size_t max) {
    std::vector<std::string> keys = Strings(key, true);
    if (!keys.empty() && (keys.size() < min || keys.size() > max)) {
      Error("'" + std::string(key) + "' must hold " + std::to_string(min) + " to " +
            std::to_string(max) + " phrases");
    }
    for (const std::string& k : keys) CheckKey(key, k);
    return keys;
  }

  void CheckKey(std::string_view field, const std::string& key) {
    if (KeyWordCount(key) == 0) Error("'" + std::string(field) + "' has a phrase without words");
    if (KeyWordCount(key) > kMaxKeyWords) {
      Error("'" + std::string(field) + "': key phrase longer than " + std::to_string(kMaxKeyWords) +
            " words: " + key);
    }
  }

  bool Bool(std::string_view key) {
    bool b = false;
    element el;
    if (obj_.at_key(key).get(el) != simdjson::SUCCESS) {
      Error("'" + std::string(key) + "' is missing");
    } else if (el.get_bool().get(b) != simdjson::SUCCESS) {
      Error("'" + std::string(key) + "' is not true or false");
    }
    return b;
  }

  int Int(std::string_view key, int min) {
    int64_t v = 0;
    element el;
    if (obj_.at_key(key).get(el) != simdjson::SUCCESS) {
      Error("'" + std::string(key) + "' is missing");
    } else if (el.get_int64().get(v) != simdjson::SUCCESS || v < min || v > 1'000'000) {
      Error("'" + std::string(key) + "' is not an integer >= " + std::to_string(min));
    }
    return static_cast<int>(v);
  }

  void Error(const std::string& message) {
    if (error_.empty()) error_ = where_ + ": " + message;
  }
  const std::string& error() const { return error_; }

 private:
  object obj_;
  std::string where_;
  std::string error_;
};

// Calls read(Reader&) on each object of the array `key` of `top`; stops at the first error.
template <class Read>
std::string ForEachRecord(const object& top, std::string_view key, Read read) {
  array arr;
  element el;
  if (top.at_key(key).get(el) != simdjson::SUCCESS) return "";  // every category is optional
  if (el.get_array().get(arr) != simdjson::SUCCESS)
    return "'" + std::string(key) + "' is not an array";
  size_t i = 0;
  for (element item : arr) {
    const std::string where = std::string(key) + "[" + std::to_string(i++) + "]";
    object obj;
    if (item.get_object().get(obj) != simdjson::SUCCESS) return where + ": not an object";
    Reader r(obj, where);
    read(r);
    if (!r.error().empty()) return r.error();
  }
  return "";
}

std::string ReadRecords(const object& top, Gold* gold) {
  std::string e = ForEachRecord(top, "entities", [&](Reader& r) {
    r.AllowOnly({"name", "type", "variants", "roles"});
    GoldEntity& g = gold->entities.emplace_back();
    g.name = r.String("name");
    g.type = r.OneOf("type", kEntityTypes);
    g.variants = r.Strings("variants", false);
    g.roles = r.Strings("roles", false);
  });
  if (!e.empty()) return e;
  e = ForEachRecord(top, "quotes", [&](Reader& r) {
    r.AllowOnly({"speaker", "key", "direct", "articles"});
    GoldQuote& q = gold->quotes.emplace_back();
    q.speaker = r.String("speaker");
    q.key = r.String("key");
    if (!q.key.empty()) r.CheckKey("key", q.key);
    q.direct = r.Bool("direct");
    q.articles = r.Strings("articles", true);
    if (!q.speaker.empty() && q.speaker.rfind("anonymous", 0) != 0 &&
        gold->FindEntity(q.speaker) < 0) {
      r.Error("'speaker' names no gold entity (add it to entities, or write \"anonymous: …\"): " +
              q.speaker);
    }
  });
  if (!e.empty()) return e;
  e = ForEachRecord(top, "facts", [&](Reader& r) {
    r.AllowOnly({"description", "keys", "articles", "independent_sources", "status"});
    GoldFact& f = gold->facts.emplace_back();
    f.description = r.String("description");
    f.keys = r.Keys("keys", 1, 4);
    f.articles = r.Strings("articles", true);
    f.independent_sources = r.Int("independent_sources", 1);
    f.status = r.OneOf("status", kStatuses);
    if (f.independent_sources > static_cast<int>(f.articles.size()) && !f.articles.empty()) {
      r.Error("'independent_sources' exceeds the number of articles");
    }
  });
  if (!e.empty()) return e;
  e = ForEachRecord(top, "conflicts", [&](Reader& r) {
    r.AllowOnly({"kind", "sides", "articles"});
    GoldConflict& c = gold->conflicts.emplace_back();
    c.kind = r.OneOf("kind", kConflictKinds);
    c.articles = r.Strings("articles", true);
    // 'sides' (arrays of arrays) is read by ReadConflictSides below.
  });
  if (!e.empty()) return e;
  e = ForEachRecord(top, "positions", [&](Reader& r) {
    r.AllowOnly({"actor", "issue", "stance", "articles"});
    GoldPosition& p = gold->positions.emplace_back();
    p.actor = r.String("actor");
    p.issue = r.String("issue");
    if (!p.issue.empty()) r.CheckKey("issue", p.issue);
    p.stance = r.OneOf("stance", kStances);
    p.articles = r.Strings("articles", false);
    for (int entity : gold->FindEntities(p.actor)) {
      if (entity < 0 && !p.actor.empty()) r.Error("'actor' names no gold entity: " + p.actor);
    }
  });
  return e;
}

// Checks one reading of a gold date against its precision; "" when it fits.
std::string CheckDate(const std::string& date, const std::string& precision) {
  const std::optional<CivilDate> d = CivilDate::ParseIso(date);
  if (!d) return "'date' is not an ISO date: " + date;
  const bool full = d->has_day();
  if (precision == "year" && d->precision != DatePrecision::kYear) {
    return "'date' " + date + " is not a year (YYYY) as its precision says";
  }
  if (precision == "month" && d->precision != DatePrecision::kMonth) {
    return "'date' " + date + " is not a month (YYYY-MM) as its precision says";
  }
  if ((precision == "day" || precision == "week" || precision == "weekend") && !full) {
    return "'date' " + date + " is not a day (YYYY-MM-DD) as its precision says";
  }
  if (precision == "week" && full && d->Weekday() != 0) {
    return "'date' " + date + " of a week must be its Monday";
  }
  if (precision == "weekend" && full && d->Weekday() != 5) {
    return "'date' " + date + " of a weekend must be its Saturday";
  }
  return "";
}

// The timeline and framing sections.
std::string ReadTimelineAndFraming(const object& top, Gold* gold) {
  std::string e = ForEachRecord(top, "timeline", [&](Reader& r) {
    r.AllowOnly({"description", "date", "precision", "keys", "articles"});
    GoldTimelineEvent& t = gold->timeline.emplace_back();
    t.description = r.String("description");
    const std::string dates = r.String("date");
    t.precision = r.OneOf("precision", kPrecisions);
    t.keys = r.Keys("keys", 1, 4);
    t.articles = r.Strings("articles", true);
    size_t start = 0;
    while (!dates.empty() && start <= dates.size()) {
      size_t bar = dates.find('|', start);
      if (bar == std::string::npos) bar = dates.size();
      t.dates.push_back(dates.substr(start, bar - start));
      if (!t.precision.empty()) {
        const std::string problem = CheckDate(t.dates.back(), t.precision);
        if (!problem.empty()) r.Error(problem);
      }
      start = bar + 1;
    }
  });
  if (!e.empty()) return e;
  return ForEachRecord(top, "framing", [&](Reader& r) {
    r.AllowOnly({"term", "article", "voice"});
    GoldFraming& f = gold->framing.emplace_back();
    f.term = r.String("term");
    if (!f.term.empty()) r.CheckKey("term", f.term);
    f.article = r.String("article");
    f.voice = r.OneOf("voice", kVoices);
  });
}

// Conflict sides are arrays of arrays, which the flat Reader does not cover.
std::string ReadConflictSides(const object& top, Gold* gold) {
  array conflicts;
  if (top.at_key("conflicts").get(conflicts) != simdjson::SUCCESS) return "";
  size_t i = 0;
  for (element item : conflicts) {
    const std::string where = "conflicts[" + std::to_string(i) + "]";
    GoldConflict& c = gold->conflicts[i++];
    array sides;
    if (item.at_key("sides").get(sides) != simdjson::SUCCESS) {
      return where + ": 'sides' is missing or not an array";
    }
    for (element side : sides) {
      array keys;
      if (side.get_array().get(keys) != simdjson::SUCCESS) {
        return where + ": each side must be an array of key phrases";
      }
      std::vector<std::string>& out = c.sides.emplace_back();
      for (element k : keys) {
        std::string_view s;
        if (k.get_string().get(s) != simdjson::SUCCESS || KeyWordCount(s) == 0) {
          return where + ": a side holds something that is not a key phrase";
        }
        if (KeyWordCount(s) > kMaxKeyWords) {
          return where + ": key phrase longer than " + std::to_string(kMaxKeyWords) +
                 " words: " + std::string(s);
        }
        out.emplace_back(s);
      }
      if (out.empty()) return where + ": a side has no key phrase";
    }
    if (c.sides.size() < 2) return where + ": a conflict needs at least two sides";
  }
  return "";
}

}  // namespace

int Gold::FindEntity(std::string_view name) const {
  const std::string n = NormalizeName(name);
  for (size_t i = 0; i < entities.size(); ++i) {
    if (NormalizeName(entities[i].name) == n) return static_cast<int>(i);
    for (const std::string& v : entities[i].variants) {
      if (NormalizeName(v) == n) return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<int> Gold::FindEntities(std::string_view alternatives) const {
  std::vector<int> out;
  size_t start = 0;
  while (start <= alternatives.size()) {
    size_t bar = alternatives.find('|', start);
    if (bar == std::string_view::npos) bar = alternatives.size();
    out.push_back(FindEntity(alternatives.substr(start, bar - start)));
    start = bar + 1;
  }
  return out;
}

Result<Gold> ParseGold(std::string_view json, const std::string& label) {
  simdjson::dom::parser parser;
  const simdjson::padded_string padded(json);
  element root;
  if (auto error = parser.parse(padded).get(root); error != simdjson::SUCCESS) {
    return Status::InvalidInput(label + ": invalid JSON (" + simdjson::error_message(error) + ")");
  }
  object top;
  if (root.get_object().get(top) != simdjson::SUCCESS) {
    return Status::InvalidInput(label + ": not a JSON object");
  }
  Gold gold;
  gold.path = label;
  Reader r(top, label);
  r.AllowOnly({"schema", "corpus", "shared_corpus", "entity_ignore", "entities", "quotes", "facts",
               "conflicts", "positions", "timeline", "framing"});
  if (r.String("schema") != "corroborate/gold@1" && r.error().empty()) {
    r.Error("'schema' must be \"corroborate/gold@1\"");
  }
  gold.corpus = r.String("corpus", false);
  gold.shared_corpus = r.String("shared_corpus", false);
  if (gold.corpus.empty() == gold.shared_corpus.empty()) {
    r.Error("give exactly one of 'corpus' (relative to the gold file) and 'shared_corpus'");
  }
  gold.entity_ignore = r.Strings("entity_ignore", false);
  if (!r.error().empty()) return Status::InvalidInput(r.error());
  element positions;
  gold.has_positions = top.at_key("positions").get(positions) == simdjson::SUCCESS;
  gold.has_timeline = top.at_key("timeline").get(positions) == simdjson::SUCCESS;
  gold.has_framing = top.at_key("framing").get(positions) == simdjson::SUCCESS;
  std::string e = ReadRecords(top, &gold);
  if (e.empty()) e = ReadConflictSides(top, &gold);
  if (e.empty()) e = ReadTimelineAndFraming(top, &gold);
  if (!e.empty()) return Status::InvalidInput(label + ": " + e);
  return gold;
}

Result<Gold> ReadGoldFile(const std::string& path) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParseGold(*text, path);
}

}  // namespace corroborate::eval
