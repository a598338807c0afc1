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

// Lower-cased copy (ASCII).
std::string Lower(std::string s);

// True when one entity of the story goes by a name containing a and a name containing b
// (lower-case needles; name and variants compared lower-cased).
bool OneEntityNamed(simdjson::dom::element story, const std::string& a, const std::string& b);

// Checks the invariants of an account document and returns every violation found
// (empty when the document honours the contract).
std::vector<std::string> ContractViolations(simdjson::dom::element account);

}  // namespace corroborate::testing
