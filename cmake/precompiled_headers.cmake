# Precompiled headers. Under g++ 12 with -std=c++20, parsing nlohmann/json and GoogleTest takes
# about 4.5 s in every translation unit, often more than half of its compile time. Parsed once
# per library, and once for all test binaries, they make a cold build (CI's case) minutes shorter.
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

# shapeguard_reuse_test_headers(<target>): a test binary takes the one header precompiled for
# all tests (GoogleTest included); its flags are the tests' flags, so the compiler accepts it.
function(shapeguard_reuse_test_headers target)
  if(NOT SHAPEGUARD_PRECOMPILE_HEADERS)
    return()
  endif()
  if(NOT TARGET shapeguard_test_headers)
    add_library(shapeguard_test_headers OBJECT ${PROJECT_SOURCE_DIR}/cmake/empty.cc)
    target_link_libraries(shapeguard_test_headers PRIVATE shapeguard_validators GTest::gtest
                          shapeguard_options)
    target_precompile_headers(shapeguard_test_headers PRIVATE ${SHAPEGUARD_PCH_HEADERS}
                              <gtest/gtest.h>)
    # Some tests link libraries that compile with -pthread (it defines _REENTRANT); g++
    # refuses a header precompiled under other macros, so every test compiles with it.
    target_compile_options(shapeguard_test_headers PRIVATE -pthread)
  endif()
  target_compile_options(${target} PRIVATE -pthread)
  target_precompile_headers(${target} REUSE_FROM shapeguard_test_headers)
endfunction()
