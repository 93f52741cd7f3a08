# The bench.instantiation_counts test, run as `cmake -P check_instantiation_counts.cmake` with
#   PYTHON      the Python 3 interpreter
#   SOURCE_DIR  the project's source tree
#   OUT_DIR     where the benchmark's generated files go
#   COMPILER    the Clang that counts
#
# Runs `benchmarks/run.py --check`, which compiles a fixed corpus and compares
# its template instantiation counts with benchmarks/instantiation_counts.txt,
# and says how to record new counts when they differ.

foreach(_var PYTHON SOURCE_DIR OUT_DIR COMPILER)
  if(NOT DEFINED ${_var})
    message(FATAL_ERROR "instantiation counts: ${_var} is not set")
  endif()
endforeach()

set(_record_command
    "python3 benchmarks/run.py --update-counts --sizes 100 --compilers ${COMPILER}")

# The counts are those of one Clang version; another one counts differently.
set(_counts_file "${SOURCE_DIR}/benchmarks/instantiation_counts.txt")
set(_note "")
if(EXISTS "${_counts_file}")
  file(STRINGS "${_counts_file}" _recorded_with REGEX "^# compiler: ")
  string(REGEX REPLACE "^# compiler: " "" _recorded_with "${_recorded_with}")
  execute_process(COMMAND "${COMPILER}" --version OUTPUT_VARIABLE _version ERROR_QUIET)
  string(REGEX MATCH "^[^\n]*" _version "${_version}")
  if(_recorded_with AND NOT _recorded_with STREQUAL _version)
    string(CONCAT _note "\nNote: the counts were recorded with '${_recorded_with}', and this "
                        "build counts with '${_version}'; another compiler version counts "
                        "differently.")
  endif()
endif()

execute_process(
  COMMAND "${PYTHON}" "${SOURCE_DIR}/benchmarks/run.py" --check --sizes 100
          --compilers "${COMPILER}" --out "${OUT_DIR}"
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE _result
  OUTPUT_VARIABLE _output
  ERROR_VARIABLE _output)
message("${_output}")

if(NOT _result EQUAL 0)
  message(FATAL_ERROR
    "bench.instantiation_counts: a template instantiation count grew beyond the recorded one "
    "(benchmarks/instantiation_counts.txt) and its slack, or a unit of the corpus does not "
    "compile (see the table above)."
    "${_note}\n"
    "If the change is intended (the headers were rewritten, say), record the new counts from "
    "the source folder and commit the file, saying in the commit message why they changed:\n"
    "    ${_record_command}\n")
endif()
if(_output MATCHES "fewer")
  message("Some counts went down: record them so that the check keeps them down:\n"
          "    ${_record_command}${_note}")
endif()
