// Errors as values: every failure the user can meet carries a stable code, a one-line cause,
// what to do about it, and technical detail on demand. std::expected is not in C++20 on g++ 12,
// so this is our own small Result<T>.
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace dr {

struct Error
{
    QString code;    // stable, machine-readable: "module.crc-mismatch", "usb.access-denied", ...
    QString message; // the cause, one line, for people
    QString remedy;  // what the person can do about it; may be empty when nothing can be done
    QString detail;  // technical detail (offsets, raw codes), shown on demand

    // "message remedy" joined for one-line output.
    QString text() const { return remedy.isEmpty() ? message : message + QLatin1Char(' ') + remedy; }
};

inline Error makeError(QString code, QString message, QString remedy = {}, QString detail = {})
{
    return Error{std::move(code), std::move(message), std::move(remedy), std::move(detail)};
}

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace dr

#include <QMetaType>
Q_DECLARE_METATYPE(dr::Error)
