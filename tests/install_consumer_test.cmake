# Installs the build tree into a scratch prefix, builds tests/consumer against the installed
# package with find_package(shapeguard), and runs it and the installed CLI.
# Variables: BUILD_DIR, SOURCE_DIR, WORK_DIR, SANITIZE (the -fsanitize= list, may be empty).
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT status EQUAL 0)
    string(JOIN " " command ${ARGN})
    message(FATAL_ERROR "failed (${status}): ${command}\n${out}")
  endif()
endfunction()

run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${prefix}")
set(flags "")
if(SANITIZE)
  set(flags "-fsanitize=${SANITIZE}")
endif()
run(${CMAKE_COMMAND} -S "${SOURCE_DIR}/tests/consumer" -B "${WORK_DIR}/build" -G Ninja
    "-DCMAKE_PREFIX_PATH=${prefix}" "-DCMAKE_CXX_FLAGS=${flags}")
run(${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run("${WORK_DIR}/build/consumer")
run("${prefix}/bin/shapeguard" --version)
run("${prefix}/bin/shapeguard" serve --list-faults)  # handed to the installed shapeguard-network
foreach(header catalog.h schema.h report.h diagnostic.h result.h json_pointer.h shapeguard.h
               arn.h explain.h json_text.h text_validation.h utf8.h)
  if(NOT EXISTS "${prefix}/include/shapeguard/${header}")
    message(FATAL_ERROR "header ${header} was not installed")
  endif()
endforeach()
