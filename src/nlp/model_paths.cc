// Locating models/; see model_paths.h.
#include "nlp/model_paths.h"

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>
#include <system_error>
#include <vector>

namespace corroborate::nlp {
namespace {

namespace fs = std::filesystem;

bool IsDir(const fs::path& p) {
  std::error_code ec;
  return fs::is_directory(p, ec);
}

// The source tree this file was compiled from (__FILE__ is absolute under CMake).
fs::path SourceTree() {
  constexpr std::string_view kThisFile = "src/nlp/model_paths.cc";
  std::string_view file = __FILE__;
  if (file.size() <= kThisFile.size() || file.substr(file.size() - kThisFile.size()) != kThisFile) {
    return {};
  }
  return fs::path(std::string(file.substr(0, file.size() - kThisFile.size())));
}

}  // namespace

Result<std::string> FindModelsDir(const std::string& option) {
  if (!option.empty()) {
    if (IsDir(option)) return option;
    return Status::NotFound(option + ": models directory not found");
  }
  if (const char* env = std::getenv("CORROBORATE_MODELS"); env != nullptr && *env != '\0') {
    if (IsDir(env)) return std::string(env);
    return Status::NotFound(std::string(env) +
                            ": models directory (from CORROBORATE_MODELS) not found");
  }
  std::vector<fs::path> candidates;
  if (fs::path src = SourceTree(); !src.empty()) candidates.push_back(src / "models");
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/release/corroborate -> models/ two levels up; an installed bin/ -> ../share.
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      candidates.push_back(dir / "models");
      if (candidates.size() > 6) break;
    }
  }
  std::string looked;
  for (const fs::path& c : candidates) {
    if (IsDir(c)) return c.string();
    looked += (looked.empty() ? "" : ", ") + c.string();
  }
  return Status::NotFound("no models directory found (looked in " + looked +
                          "); pass --models DIR or set CORROBORATE_MODELS");
}

Result<std::string> FindModelFile(const std::string& option, const std::string& file_name) {
  Result<std::string> dir = FindModelsDir(option);
  if (!dir.ok()) return dir.status();
  std::string path = *dir + "/" + file_name;
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    std::string kind = file_name.substr(0, file_name.find('.'));
    return Status::NotFound(path + ": not found (build it with `corroborate train " + kind + "`)");
  }
  return path;
}

Result<std::string> ModelFileOr(const std::string& file_option, const std::string& file_name) {
  if (!file_option.empty()) return file_option;
  return FindModelFile("", file_name);
}

Result<std::string> FindDataDir(const std::string& option, const std::string& sub) {
  if (!option.empty()) {
    if (IsDir(option)) return option;
    return Status::NotFound(option + ": data directory not found");
  }
  fs::path src = SourceTree();
  fs::path dir =
      src.empty() ? fs::path() : (src / ".." / "shared" / "data" / sub).lexically_normal();
  if (!dir.empty() && IsDir(dir)) return dir.string();
  return Status::NotFound("no training data found" +
                          (dir.empty() ? std::string() : " at " + dir.string()) +
                          "; pass --data DIR");
}

}  // namespace corroborate::nlp
