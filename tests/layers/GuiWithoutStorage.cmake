# The gui library reaches the store only through core's interfaces
# (core/Store.h, core/StoreMaintenance.h): no file under src/gui includes a
# storage header or names the storage namespace. Opening a store is left to
# src/app/main.cpp, which may.
#   cmake -DSOURCE_DIR=<repository> -P GuiWithoutStorage.cmake
file(GLOB_RECURSE files "${SOURCE_DIR}/src/gui/*.cpp" "${SOURCE_DIR}/src/gui/*.h")
set(found "")
foreach(file IN LISTS files)
    file(STRINGS "${file}" lines REGEX "#include \"storage/|storage::")
    foreach(line IN LISTS lines)
        file(RELATIVE_PATH shown "${SOURCE_DIR}" "${file}")
        string(APPEND found "\n  ${shown}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "src/gui names storage; go through core's interfaces:${found}")
endif()
