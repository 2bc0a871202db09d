# The libFuzzer targets of fuzz/targets/<name>/ (docs/fuzzing.md), included
# by the top CMakeLists.txt.
#
# Always (any compiler): replay_<name>, the target linked with
# fuzz/replay_main.c, and a CTest test fuzz_replay_<name> that runs it over
# the committed corpus fuzz/targets/<name>/corpus: every find stays a
# regression test in plain gcc, ASan and Valgrind runs.
#
# With NDP_FUZZ=ON (preset `fuzz`: clang-14, ASan+UBSan): fuzz_<name>, the
# libFuzzer binaries, and the target fuzz_all that builds them. Every project
# library is then also compiled with -fsanitize=fuzzer-no-link, so that
# libFuzzer sees the coverage of the code under test, not only of the
# target's own file.

set(NDP_FUZZ_TARGETS parse_case npy_read dlpack_import differential)
set(NDP_FUZZ_DIR ${CMAKE_SOURCE_DIR}/fuzz/targets)

# What each target needs of the project.
set(NDP_FUZZ_DEPS_parse_case ndp_case)
set(NDP_FUZZ_DEPS_npy_read ndp_core)
set(NDP_FUZZ_DEPS_dlpack_import ndp_core)
set(NDP_FUZZ_DEPS_differential ndp_harness)

function(ndp_fuzz_common tgt name)
  target_include_directories(${tgt} PRIVATE ${NDP_FUZZ_DIR})
  target_link_libraries(${tgt} PRIVATE ${NDP_FUZZ_DEPS_${name}})
  if(name STREQUAL "differential")
    target_compile_definitions(${tgt} PRIVATE
      NDP_FUZZ_BASELINE_DEFAULT="${NDP_FUZZ_DIR}/differential/baseline.json")
  endif()
  set_target_properties(${tgt} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/fuzz)
endfunction()

if(NDP_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "NDP_FUZZ needs clang (libFuzzer); the compiler is "
                        "${CMAKE_C_COMPILER_ID}. Use the preset: cmake --preset fuzz")
  endif()
  if(NOT NDP_SANITIZE)
    message(FATAL_ERROR "NDP_FUZZ needs NDP_SANITIZE=ON: the libraries under test must be "
                        "built with ASan+UBSan too (cmake --preset fuzz sets both)")
  endif()
  # Coverage instrumentation for the code under test (the libraries exist
  # by now: this file is included last).
  get_property(ndp_all_targets DIRECTORY ${CMAKE_SOURCE_DIR} PROPERTY BUILDSYSTEM_TARGETS)
  foreach(t IN LISTS ndp_all_targets)
    get_target_property(ttype ${t} TYPE)
    if(ttype STREQUAL "STATIC_LIBRARY")
      target_compile_options(${t} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
  endforeach()
  add_custom_target(fuzz_all)
endif()

foreach(name IN LISTS NDP_FUZZ_TARGETS)
  set(src ${NDP_FUZZ_DIR}/${name}/${name}.c)

  add_executable(replay_${name} ${CMAKE_SOURCE_DIR}/fuzz/replay_main.c ${src})
  ndp_fuzz_common(replay_${name} ${name})
  if(BUILD_TESTING)
    add_test(NAME fuzz_replay_${name} COMMAND replay_${name} ${NDP_FUZZ_DIR}/${name}/corpus)
    set_tests_properties(fuzz_replay_${name} PROPERTIES
      FAIL_REGULAR_EXPRESSION "ERROR: [A-Za-z]+Sanitizer;runtime error:;ndparity fuzz: "
      LABELS fuzz)
  endif()

  if(NDP_FUZZ)
    add_executable(fuzz_${name} ${src})
    ndp_fuzz_common(fuzz_${name} ${name})
    target_compile_options(fuzz_${name} PRIVATE -fsanitize=fuzzer-no-link,address,undefined)
    target_link_options(fuzz_${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    add_dependencies(fuzz_all fuzz_${name})
  endif()
endforeach()
