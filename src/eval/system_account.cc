#include "eval/system_account.h"

#include <simdjson.h>

#include <map>

#include "core/read_file.h"

namespace corroborate::eval {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Optional string fields: absent or null read as "" (the scorer treats both as unknown).
std::string Str(const object& obj, std::string_view key) {
  std::string_view s;
  if (obj.at_key(key).get_string().get(s) != simdjson::SUCCESS) return "";
  return std::string(s);
}

std::vector<std::string> Strs(const object& obj, std::string_view key) {
  std::vector<std::string> out;
  array arr;
  if (obj.at_key(key).get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element el : arr) {
    std::string_view s;
    if (el.get_string().get(s) == simdjson::SUCCESS) out.emplace_back(s);
  }
  return out;
}

std::vector<SysEvidence> Evidence(const object& obj) {
  std::vector<SysEvidence> out;
  array arr;
  if (obj.at_key("evidence").get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element el : arr) {
    object e;
    if (el.get_object().get(e) != simdjson::SUCCESS) continue;
    out.push_back({Str(e, "article"), Str(e, "text")});
  }
  return out;
}

// The objects of obj[key]; a missing array reads as empty (the account may predate the field).
std::vector<object> Objects(const object& obj, std::string_view key) {
  std::vector<object> out;
  array arr;
  if (obj.at_key(key).get_array().get(arr) != simdjson::SUCCESS) return out;
  for (element el : arr) {
    object o;
    if (el.get_object().get(o) == simdjson::SUCCESS) out.push_back(o);
  }
  return out;
}

void ReadStory(const object& story, SysAccount* account) {
  const std::string prefix = Str(story, "id") + "/";
  std::map<std::string, int> entity_index;  // story-local id → index in account->entities
  for (const object& e : Objects(story, "entities")) {
    entity_index[Str(e, "id")] = static_cast<int>(account->entities.size());
    account->entities.push_back({prefix + Str(e, "id"), Str(e, "name"), Str(e, "type"),
                                 Strs(e, "variants"), Strs(e, "roles"), Strs(e, "articles")});
  }
  auto entity = [&](const std::string& id) {
    auto it = entity_index.find(id);
    return it == entity_index.end() ? -1 : it->second;
  };
  for (const object& q : Objects(story, "quotes")) {
    bool direct = true;
    if (q.at_key("direct").get_bool().get(direct) != simdjson::SUCCESS) direct = true;
    account->quotes.push_back({prefix + Str(q, "id"), entity(Str(q, "speaker")),
                               Str(q, "speaker_name"), Str(q, "text"), direct, Evidence(q)});
  }
  for (const object& f : Objects(story, "facts")) {
    int64_t sources = 0;
    if (f.at_key("independent_sources").get_int64().get(sources) != simdjson::SUCCESS) sources = 0;
    account->facts.push_back({prefix + Str(f, "id"), Str(f, "statement"), Str(f, "status"),
                              static_cast<int>(sources), Evidence(f)});
  }
  for (const object& c : Objects(story, "conflicts")) {
    SysConflict& conflict = account->conflicts.emplace_back();
    conflict.id = prefix + Str(c, "id");
    conflict.kind = Str(c, "kind");
    conflict.summary = Str(c, "summary");
    for (const object& s : Objects(c, "sides")) {
      conflict.sides.push_back({Str(s, "statement"), Str(s, "held_by"), Evidence(s)});
    }
  }
  array positions;
  if (story.at_key("positions").get_array().get(positions) == simdjson::SUCCESS) {
    account->has_positions = true;
  }
  size_t n = 0;
  for (const object& p : Objects(story, "positions")) {
    std::string id = Str(p, "id");
    if (id.empty()) id = "p" + std::to_string(++n);
    account->positions.push_back({prefix + id, entity(Str(p, "actor")), Str(p, "actor_name"),
                                  Str(p, "issue"), Str(p, "stance"), Evidence(p)});
  }
  array present;
  if (story.at_key("timeline").get_array().get(present) == simdjson::SUCCESS) {
    account->has_timeline = true;
  }
  n = 0;
  for (const object& t : Objects(story, "timeline")) {
    account->timeline.push_back({prefix + "t" + std::to_string(++n), Str(t, "date"),
                                 Str(t, "until"), Str(t, "event"), Str(t, "fact"), Evidence(t)});
  }
  if (story.at_key("framing").get_array().get(present) == simdjson::SUCCESS) {
    account->has_framing = true;
  }
  n = 0;
  for (const object& f : Objects(story, "framing")) {
    account->framing.push_back({prefix + "f" + std::to_string(++n), Str(f, "article"),
                                Str(f, "term"), Str(f, "category"), Str(f, "voice"),
                                Str(f, "speaker"), Evidence(f)});
  }
}

}  // namespace

Result<SysAccount> ParseAccountJson(std::string_view json, const std::string& label) {
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
  const std::string schema = Str(top, "schema");
  if (schema != "corroborate/account@1") {
    return Status::InvalidInput(label + ": not an account (schema \"" + schema +
                                "\", expected \"corroborate/account@1\")");
  }
  SysAccount account;
  for (const object& a : Objects(top, "articles")) account.article_ids.push_back(Str(a, "id"));
  for (const object& s : Objects(top, "stories")) ReadStory(s, &account);
  return account;
}

Result<SysAccount> ReadAccountFile(const std::string& path) {
  Result<std::string> text = ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParseAccountJson(*text, path);
}

}  // namespace corroborate::eval
