#include "cli/output_files.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

namespace corroborate::cli {

Status WriteFileAtomically(const std::string& path, const std::string& content) {
  std::string tmp = path + ".tmp." + std::to_string(getpid());
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) return Status::IoError(path + ": cannot write: " + std::strerror(errno));
  bool ok = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  ok = (std::fflush(f) == 0) && ok;
  ok = (std::fclose(f) == 0) && ok;
  if (!ok) {
    std::remove(tmp.c_str());
    return Status::IoError(path + ": write failed: " + std::strerror(errno));
  }
  std::error_code ec;
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    std::remove(tmp.c_str());
    return Status::IoError(path + ": cannot rename into place: " + ec.message());
  }
  return Status::Ok();
}

namespace {

bool ReportStdoutFailure() {
  static bool reported = false;
  if (!reported) std::fprintf(stderr, "corroborate: cannot write to standard output\n");
  reported = true;
  return false;
}

}  // namespace

bool WriteStdout(std::string_view text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) == text.size()) return true;
  return ReportStdoutFailure();
}

bool FlushStdout() { return std::fflush(stdout) == 0 || ReportStdoutFailure(); }

}  // namespace corroborate::cli
