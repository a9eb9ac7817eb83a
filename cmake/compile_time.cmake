# What keeps a cold build (CI's case) short.
#
# Precompiled headers: under g++ 12 with -std=c++20, parsing nlohmann/json and GoogleTest
# takes about 4.5 s in every translation unit, often more than half of its compile time.
# Parsed once per library and once for all test binaries, a cold Release build on a 2-core
# machine went from 13 to 10 minutes.
option(SHAPEGUARD_PRECOMPILE_HEADERS "Precompile the heavy third-party headers" ON)

set(SHAPEGUARD_PCH_HEADERS
  <nlohmann/json.hpp> <algorithm> <functional> <map> <memory> <optional> <string>
  <string_view> <utility> <vector>)

# shapeguard_precompile_headers(<target>): the target parses the common headers once.
function(shapeguard_precompile_headers target)
  if(SHAPEGUARD_PRECOMPILE_HEADERS)
    target_precompile_headers(${target} PRIVATE ${SHAPEGUARD_PCH_HEADERS})
  endif()
endfunction()

# shapeguard_test_target(<target>): how a test binary compiles.
# - Less optimisation than the library it tests (Release: -O1 instead of -O3; asan:
#   -O0 instead of -O1): the suite's run time is spent in the library, while optimising the
#   test files' GoogleTest and RapidCheck templates was over a third of a cold build.
# - The one header precompiled for all tests (GoogleTest included), made with the tests'
#   own flags so the compiler accepts it.
function(shapeguard_test_target target)
  set(options $<$<CONFIG:Release>:-O1> $<$<CONFIG:RelWithDebInfo>:-O0>
      # Some tests link libraries that compile with -pthread (it defines _REENTRANT); g++
      # refuses a header precompiled under other macros, so every test compiles with it.
      -pthread)
  target_compile_options(${target} PRIVATE ${options})
  if(NOT SHAPEGUARD_PRECOMPILE_HEADERS)
    return()
  endif()
  if(NOT TARGET shapeguard_test_headers)
    add_library(shapeguard_test_headers OBJECT ${PROJECT_SOURCE_DIR}/cmake/empty.cc)
    target_link_libraries(shapeguard_test_headers PRIVATE shapeguard_validators GTest::gtest
                          shapeguard_options)
    target_compile_options(shapeguard_test_headers PRIVATE ${options})
    target_precompile_headers(shapeguard_test_headers PRIVATE ${SHAPEGUARD_PCH_HEADERS}
                              <gtest/gtest.h>)
  endif()
  target_precompile_headers(${target} REUSE_FROM shapeguard_test_headers)
endfunction()
