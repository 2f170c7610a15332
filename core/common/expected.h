#pragma once

#include <QObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sb {

// A failure that is not a provider call (those are ApiError, see protocol/).
struct Error {
    Q_GADGET

public:
    enum class Kind {
        Io, // a file could not be read or written
        Parse, // the bytes are not what they claim to be (malformed JSON, not SQLite, ...)
        Validation, // well-formed but wrong: bad values, unknown keys, plain-text secrets
        Version, // written by a newer build, or an unknown schema version
        Database, // the database refused a statement
        NotFound, // a named thing does not exist
        Unavailable, // a service is not there (no keychain, no D-Bus)
        Timeout, // a service did not answer in time
        Usage, // wrong command-line usage
    };
    Q_ENUM(Kind)
    Kind kind = Kind::Io;
    QString message;

    static Error make(Kind k, QString m) { return Error{k, std::move(m)}; }
};

QString kindName(Error::Kind kind);

// A value or the error that stopped it (errors are values). E is Error here and protocol::ApiError for
// provider calls (protocol::Result).
template<typename T, typename E = Error> class [[nodiscard]] Expected
{
public:
    Expected(T value)
        : m_v(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(E error)
        : m_v(std::in_place_index<1>, std::move(error))
    {
    }

    bool hasValue() const { return m_v.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    T &operator*() & { return std::get<0>(m_v); }
    const T &operator*() const & { return std::get<0>(m_v); }

    const E &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, E> m_v;
};

template<typename E> class [[nodiscard]] Expected<void, E>
{
public:
    Expected() = default;
    Expected(E error)
        : m_error(std::move(error))
    {
    }

    bool hasValue() const { return !m_error.has_value(); }
    explicit operator bool() const { return hasValue(); }
    const E &error() const { return *m_error; }

private:
    std::optional<E> m_error;
};

} // namespace sb
