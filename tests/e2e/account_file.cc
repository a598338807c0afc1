#include "account_file.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/utf8.h"

namespace corroborate::testing {
namespace {

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// The code points [start, end) of text, as UTF-8.
std::string CodepointSlice(const std::string& text, uint64_t start, uint64_t end) {
  size_t pos = 0;
  uint64_t cp = 0;
  while (pos < text.size() && cp < start) utf8::Next(text, &pos), ++cp;
  size_t begin = pos;
  while (pos < text.size() && cp < end) utf8::Next(text, &pos), ++cp;
  return text.substr(begin, pos - begin);
}

}  // namespace

RunResult RunCli(const std::vector<std::string>& args) {
  TempDir tmp;
  std::string cmd = ShellQuote(CORROBORATE_BINARY);
  for (const auto& a : args) cmd += " " + ShellQuote(a);
  cmd += " >" + ShellQuote(tmp.path() + "/out") + " 2>" + ShellQuote(tmp.path() + "/err");
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.stdout_text = ReadFile(tmp.path() + "/out");
  r.stderr_text = ReadFile(tmp.path() + "/err");
  return r;
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "corroborate-test-XXXXXX").string();
  if (mkdtemp(templ.data()) == nullptr) std::abort();
  path_ = templ;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

BriefRun::BriefRun(const std::string& input)
    : result_(RunCli({"brief", input, "-o", out_.path(), "-q"})),
      json_(ReadFile(out_.path() + "/account.json")) {
  auto parsed = parser_.parse(json_);
  parsed_ = !parsed.error();
  if (parsed_) account_ = parsed.value();
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

bool OneEntityNamed(simdjson::dom::element story, const std::string& a, const std::string& b) {
  for (auto e : story["entities"].get_array()) {
    std::vector<std::string> names{Lower(std::string(e["name"].get_string().value()))};
    for (auto v : e["variants"].get_array())
      names.push_back(Lower(std::string(v.get_string().value())));
    bool has_a = false, has_b = false;
    for (const auto& n : names) {
      has_a |= n.find(a) != std::string::npos;
      has_b |= n.find(b) != std::string::npos;
    }
    if (has_a && has_b) return true;
  }
  return false;
}

std::vector<std::string> ContractViolations(simdjson::dom::element account) {
  std::vector<std::string> errors;
  std::string_view schema;
  if (account["schema"].get(schema) || schema != "corroborate/account@1") {
    errors.push_back("schema is not corroborate/account@1");
  }
  std::map<std::string, std::string> texts;  // article id -> text
  simdjson::dom::array articles;
  if (account["articles"].get(articles)) return {"no articles array"};
  for (auto a : articles) {
    std::string_view id, text;
    if (a["id"].get(id) || a["text"].get(text)) {
      errors.push_back("article without id or text");
      continue;
    }
    if (!texts.emplace(std::string(id), std::string(text)).second) {
      errors.push_back("duplicate article id " + std::string(id));
    }
  }
  auto check_evidence = [&](simdjson::dom::element holder, const std::string& where) {
    simdjson::dom::array evidence;
    if (holder["evidence"].get(evidence) || evidence.size() == 0) {
      errors.push_back(where + " has no evidence");
      return;
    }
    for (auto e : evidence) {
      std::string_view article, text;
      uint64_t start = 0, end = 0;
      if (e["article"].get(article) || e["start"].get(start) || e["end"].get(end) ||
          e["text"].get(text)) {
        errors.push_back(where + ": malformed evidence");
        continue;
      }
      auto it = texts.find(std::string(article));
      if (it == texts.end()) {
        errors.push_back(where + ": evidence names unknown article " + std::string(article));
      } else if (start >= end || CodepointSlice(it->second, start, end) != text) {
        errors.push_back(where + ": evidence text is not the slice [" + std::to_string(start) +
                         "," + std::to_string(end) + ") of " + std::string(article));
      }
    }
  };
  simdjson::dom::array stories;
  if (account["stories"].get(stories)) return {"no stories array"};
  for (auto story : stories) {
    std::set<std::string> ids;
    auto unique = [&](simdjson::dom::element item, const char* kind) {
      std::string_view id;
      if (item["id"].get(id) || !ids.insert(std::string(id)).second) {
        errors.push_back(std::string(kind) + " with a missing or duplicate id");
      }
      return std::string(id);
    };
    for (auto f : story["facts"].get_array()) {
      std::string id = unique(f, "fact");
      check_evidence(f, "fact " + id);
      std::string_view status;
      int64_t sources = 0;
      if (f["status"].get(status) || f["independent_sources"].get(sources)) {
        errors.push_back("fact " + id + " without status or independent_sources");
      } else if (status == "confirmed" && sources < 2) {
        errors.push_back("fact " + id + " confirmed with fewer than 2 independent sources");
      }
    }
    for (auto q : story["quotes"].get_array()) check_evidence(q, "quote " + unique(q, "quote"));
    for (auto c : story["conflicts"].get_array()) {
      std::string id = unique(c, "conflict");
      for (auto side : c["sides"].get_array()) check_evidence(side, "conflict " + id + " side");
    }
    for (auto t : story["timeline"].get_array()) check_evidence(t, "timeline entry");
    for (auto e : story["entities"].get_array()) unique(e, "entity");
  }
  return errors;
}

}  // namespace corroborate::testing
