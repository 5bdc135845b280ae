#pragma once

// The team server's global search: PostgreSQL full text over prospects,
// contacts and meeting text, as the file's search index covers them.

#include <string>

namespace accord::storage::pg {

class Connection;

/// Creates the search (one schema step, run by the database owner inside its
/// transaction): the functions that fold text and find matches, a stored
/// `search_vector` column on prospect, contact and meeting with its GIN index,
/// and the indexes that read them newest first (the meeting lists' too). Uses
/// `unaccent` when the server lets the owner create it, else diacritics come
/// off by Unicode decomposition.
void createSearchSchema(Connection& db);

/// Replaces the functions that find matches with this Accord's (a later schema
/// step: how a page is found changed, not what is on it).
void replaceSearchFunctions(Connection& db);

/// The texts of each kind of search item as SQL over a table alias (the title,
/// then the body); the search's indexes and queries use exactly these.
std::string prospectSearchTitle(const std::string& alias);
std::string prospectSearchBody(const std::string& alias);
std::string contactSearchTitle(const std::string& alias);
std::string contactSearchBody(const std::string& alias);
std::string meetingSearchTitle(const std::string& alias);
std::string meetingSearchBody(const std::string& alias);

} // namespace accord::storage::pg
