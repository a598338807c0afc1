// Test helpers for end-to-end tests: run the built `corroborate` binary, load the account.json
// it wrote, and check the contract's invariants (docs/account-schema.md).
#pragma once

#include <simdjson.h>

#include <string>
#include <vector>

namespace corroborate::testing {

struct RunResult {
  int exit_code = -1;
  std::string stdout_text;
  std::string stderr_text;
};

// Runs the corroborate binary with args (shell-quoted for you).
RunResult RunCli(const std::vector<std::string>& args);

// A fresh, empty temporary folder; removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

std::string ReadFile(const std::string& path);

// One `corroborate brief -q` run over an input, into a temporary folder, with the account.json
// it wrote parsed. For test suites that share one run across their tests.
class BriefRun {
 public:
  explicit BriefRun(const std::string& input);
  const RunResult& result() const { return result_; }
  // The parsed account, or nullptr when account.json was missing or invalid.
  simdjson::dom::element* account() { return parsed_ ? &account_ : nullptr; }

 private:
  TempDir out_;
  RunResult result_;
  std::string json_;
  simdjson::dom::parser parser_;
  simdjson::dom::element account_;
  bool parsed_ = false;
};

// Lower-cased copy (ASCII).
std::string Lower(std::string s);

// True when one entity of the story goes by a name containing a and a name containing b
// (lower-case needles; name and variants compared lower-cased).
bool OneEntityNamed(simdjson::dom::element story, const std::string& a, const std::string& b);

// Checks the invariants of an account document and returns every violation found
// (empty when the document honours the contract).
std::vector<std::string> ContractViolations(simdjson::dom::element account);

}  // namespace corroborate::testing
