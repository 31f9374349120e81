#pragma once

// Errors as values: every fallible call of the core returns a Result<T> (or Status) carrying either the
// value or an Error with a translated message for users and the library's own detail for "Details".

#include <QMetaType>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace virtdeck {

struct Error
{
    QString message; // translated, says what failed and what is allowed
    QString detail;  // libvirt / libssh / parser detail, shown behind a "Details" toggle
    int code = 0;    // library error code when there is one (virErrorNumber, ssh error), else 0

    Error() = default;
    explicit Error(QString msg, QString det = {}, int c = 0)
        : message(std::move(msg))
        , detail(std::move(det))
        , code(c)
    {}
    // "message (detail)" for logs and single-line displays.
    QString toString() const;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}
    Result()
        : m_data(std::in_place_index<1>, Error())
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    const T *operator->() const { return &value(); }
    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}
    static Result success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace virtdeck

Q_DECLARE_METATYPE(virtdeck::Error)
Q_DECLARE_METATYPE(virtdeck::Status)
