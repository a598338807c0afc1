#include "cli/terminal.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <mutex>

namespace corroborate::cli {
namespace {

std::mutex g_mutex;
bool g_line_open = false;
std::chrono::steady_clock::time_point g_last_draw;

}  // namespace

void PrintProblems(const std::vector<InputProblem>& problems) {
  for (const InputProblem& p : problems) {
    std::fprintf(stderr, "corroborate: skipped %s: %s\n", p.uri.c_str(), p.reason.c_str());
  }
}

std::function<void(const char*, size_t, size_t)> MakeProgress(bool quiet) {
  if (quiet || !isatty(STDERR_FILENO)) return {};
  return [](const char* stage, size_t done, size_t total) {
    std::lock_guard<std::mutex> lock(g_mutex);
    auto now = std::chrono::steady_clock::now();
    // Redraw at most 10 times a second, and always at the end of a stage.
    if (done != total && now - g_last_draw < std::chrono::milliseconds(100)) return;
    g_last_draw = now;
    if (total) {
      std::fprintf(stderr, "\r\033[K%-9s %zu/%zu", stage, done, total);
    } else {
      std::fprintf(stderr, "\r\033[K%-9s %zu", stage, done);
    }
    std::fflush(stderr);
    g_line_open = true;
  };
}

void FinishProgress() {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (g_line_open) std::fputs("\r\033[K", stderr);
  g_line_open = false;
}

}  // namespace corroborate::cli
