# A package test, run as `cmake -P run.cmake` with
#   MODE         find_package, add_subdirectory or fetchcontent
#   BUILD_DIR    the project's build tree (installed from, for find_package)
#   SOURCE_DIR   the project's source tree
#   WORK_DIR     a scratch folder
#   CXX_COMPILER the compiler the consumer is built with
#   GENERATOR    the CMake generator
# It builds the consumer project in consumer/ from outside the tree and runs it.

function(run)
  execute_process(COMMAND ${ARGV} RESULT_VARIABLE _result OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
  if(NOT _result EQUAL 0)
    list(JOIN ARGV " " _cmd)
    message(FATAL_ERROR "package test (${MODE}): '${_cmd}' failed:\n${_out}")
  endif()
  set(_last_output "${_out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(_prefix "${WORK_DIR}/prefix")
set(_consumer_build "${WORK_DIR}/consumer")
set(_args -S "${SOURCE_DIR}/tests/package/consumer" -B "${_consumer_build}" -G "${GENERATOR}"
          -DCMAKE_CXX_COMPILER=${CXX_COMPILER} -DCLIENTELE_CONSUME=${MODE})

if(MODE STREQUAL "find_package")
  run(${CMAKE_COMMAND} --install "${BUILD_DIR}" --prefix "${_prefix}")
  # The package must be complete: headers, CMake files with a version, pkg-config.
  foreach(_file include/clientele/clientele.hpp include/clientele/version.hpp
                share/cmake/clientele/clienteleConfig.cmake
                share/cmake/clientele/clienteleConfigVersion.cmake
                share/cmake/clientele/clienteleTargets.cmake
                share/pkgconfig/clientele.pc)
    if(NOT EXISTS "${_prefix}/${_file}")
      message(FATAL_ERROR "package test: the install lacks ${_file}")
    endif()
  endforeach()
  find_program(_pkg_config NAMES pkg-config pkgconf)
  if(_pkg_config)
    set(ENV{PKG_CONFIG_PATH} "${_prefix}/share/pkgconfig")
    run(${_pkg_config} --cflags clientele)
    string(REGEX MATCH "-I([^ \n]+)" _flag "${_last_output}")
    get_filename_component(_given "${CMAKE_MATCH_1}" REALPATH)
    get_filename_component(_expected "${_prefix}/include" REALPATH)
    if(NOT _given STREQUAL _expected)
      message(FATAL_ERROR "package test: pkg-config gives '${_last_output}', not the "
                          "installed include folder ${_expected}")
    endif()
  endif()
  list(APPEND _args "-DCMAKE_PREFIX_PATH=${_prefix}")
else()
  list(APPEND _args "-DCLIENTELE_SOURCE_DIR=${SOURCE_DIR}")
endif()

run(${CMAKE_COMMAND} ${_args})
run(${CMAKE_COMMAND} --build "${_consumer_build}")
run("${_consumer_build}/consumer")
message(STATUS "package test (${MODE}): ${_last_output}")
