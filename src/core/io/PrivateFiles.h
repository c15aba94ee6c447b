#pragma once

#include <QString>

namespace PayDesk {

// What PayDesk writes holds masked cards, e-mails and amounts: its files are the owner's alone
// (0600) in directories of the owner's alone (0700), whatever the umask, and existing ones are
// tightened when PayDesk opens them (directories only when they are PayDesk's own).
namespace PrivateFiles {

// Creates DIR with its parents, 0700. An existing DIR is tightened only when it is PayDesk's own (named
// "paydesk", as its data, config and cache directories are): a directory the user chose for a file is theirs.
// False if it does not exist afterwards.
bool makeDir(const QString& dir);
// Makes FILE 0600 if it exists. False only if it exists and could not be changed.
bool tighten(const QString& file);
// Creates FILE empty and 0600 unless it exists (then tightens it). False if neither worked.
bool create(const QString& file);
// The process's own umask, so that files created later by libraries (SQLite's WAL, QSaveFile's
// temporary file) are private from the start.
void restrictUmask();

} // namespace PrivateFiles
} // namespace PayDesk
