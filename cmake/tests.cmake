# shapeguard_add_test(<name> SOURCES ... LABELS ... LIBS ...): one GoogleTest binary per unit.
# Shared by tests/ and validators/tests/ (the core's white-box tests), so both register
# their tests the same way.
find_package(GTest REQUIRED)
include(GoogleTest)

function(shapeguard_add_test name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LABELS;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  shapeguard_test_target(${name})
  target_link_libraries(${name} PRIVATE shapeguard_validators GTest::gtest_main
                        shapeguard_options ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    SHAPEGUARD_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" DISCOVERY_TIMEOUT 60)
endfunction()
