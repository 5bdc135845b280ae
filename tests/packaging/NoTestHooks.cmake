# A packaged build (tests off) compiles none of the app's test hooks, while the
# test build that the resilience suite drives the real app with has them.
#
#   cmake -DSOURCE_DIR=… -DBUILD_DIR=<this test build> -DWORK_DIR=<scratch> -P NoTestHooks.cmake

# The compile command and folder of `file_suffix` in a compile_commands.json.
function(compile_command database file_suffix out_command out_directory)
    file(READ "${database}" json)
    string(JSON count LENGTH "${json}")
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON file GET "${json}" ${i} file)
        if(file MATCHES "${file_suffix}$")
            string(JSON command GET "${json}" ${i} command)
            string(JSON directory GET "${json}" ${i} directory)
            set(${out_command} "${command}" PARENT_SCOPE)
            set(${out_directory} "${directory}" PARENT_SCOPE)
            return()
        endif()
    endforeach()
    message(FATAL_ERROR "${file_suffix} is not in ${database}")
endfunction()

# Whether the source behind `command`, preprocessed, holds the hook.
function(preprocessed_has_hook command directory out)
    separate_arguments(args UNIX_COMMAND "${command}")
    set(kept)
    set(skip_next FALSE)
    foreach(arg IN LISTS args)
        if(skip_next)
            set(skip_next FALSE)
        elseif(arg STREQUAL "-o")
            set(skip_next TRUE)
        elseif(arg STREQUAL "-c")
        elseif(arg MATCHES "^-W")
        else()
            list(APPEND kept "${arg}")
        endif()
    endforeach()
    execute_process(COMMAND ${kept} -E WORKING_DIRECTORY "${directory}"
        OUTPUT_VARIABLE text ERROR_VARIABLE errors RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "Preprocessing failed: ${errors}")
    endif()
    string(FIND "${text}" "ACCORD_DRIVE" at)
    if(at EQUAL -1)
        set(${out} FALSE PARENT_SCOPE)
    else()
        set(${out} TRUE PARENT_SCOPE)
    endif()
endfunction()

# The test build: the hook is in.
compile_command("${BUILD_DIR}/compile_commands.json" "/src/gui/Startup.cpp" test_cmd test_dir)
preprocessed_has_hook("${test_cmd}" "${test_dir}" test_has)
if(NOT test_has)
    message(FATAL_ERROR "The test build lacks the app's test hook ($ACCORD_DRIVE).")
endif()

# A packaged build: configured as a distribution would, tests off.
file(REMOVE_RECURSE "${WORK_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${WORK_DIR}" -G Ninja
    -DCMAKE_BUILD_TYPE=Release -DACCORD_BUILD_TESTS=OFF
    OUTPUT_QUIET ERROR_VARIABLE errors RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "Configuring a build without tests failed: ${errors}")
endif()
foreach(source "/src/gui/Startup.cpp" "/src/app/main.cpp")
    compile_command("${WORK_DIR}/compile_commands.json" "${source}" cmd dir)
    if(cmd MATCHES "ACCORD_TEST_HOOKS")
        message(FATAL_ERROR "A build without tests compiles ${source} with the test hooks.")
    endif()
    # Preprocessed with the packaged flags (and the test build's generated
    # headers, which a configure alone does not make): no trace of the hook.
    string(REPLACE "${WORK_DIR}" "${BUILD_DIR}" cmd "${cmd}")
    preprocessed_has_hook("${cmd}" "${dir}" packaged_has)
    if(packaged_has)
        message(FATAL_ERROR "A build without tests still holds the test hook in ${source}.")
    endif()
endforeach()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "No test hooks in a build without tests.")
