# The two commands that matter: `make demo` and `make test`. Both install missing Debian packages
# first (scripts/install-deps.sh), then build with CMake + Ninja.
BUILD      ?= build/release
ASAN_BUILD ?= build/asan
FUZZ_BUILD ?= build/fuzz
JOBS       ?= $(shell nproc)
OUT        ?= corroborate-out

.PHONY: all deps build demo test test-asan bench fuzz format tidy clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD)/build.ninja:
	cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release

build: deps $(BUILD)/build.ninja
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	$(BUILD)/corroborate brief examples/summit -o $(OUT)
	@echo "The briefing is in $(OUT)/brief.html ($(OUT)/brief.md, $(OUT)/account.json)."

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCORROBORATE_SANITIZE=ON \
	  -DCORROBORATE_BENCH=OFF
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

bench: build
	bench/run.sh $(BUILD)

fuzz:
	CORROBORATE_FUZZ_DEPS=1 scripts/install-deps.sh
	CXX=clang++ cmake -S . -B $(FUZZ_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCORROBORATE_FUZZ=ON -DCORROBORATE_TESTS=OFF -DCORROBORATE_BENCH=OFF
	cmake --build $(FUZZ_BUILD) --target fuzzers -j $(JOBS)
	scripts/fuzz-smoke.sh $(FUZZ_BUILD) $${FUZZ_SECONDS:-20}

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

tidy: build
	clang-tidy -p $(BUILD) $$(git ls-files 'src/*.cc')

clean:
	rm -rf build $(OUT)
