// ParallelFor: runs fn(i) for i in [0, n) on up to `threads` worker threads (0 = all cores).
// Work is handed out in small chunks through an atomic counter, so uneven items balance out.
// fn must be safe to call concurrently for different i; exceptions are not allowed to escape it.
#pragma once

#include <cstddef>
#include <functional>

namespace corroborate {

unsigned DefaultThreadCount();

void ParallelFor(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

}  // namespace corroborate
