#pragma once
// A minimal C++20 stand-in for std::expected<T, Error> (C++23). Only what the core needs:
// construction from a value or an Error, inspection, Expected<void>, and the two monadic steps
// with std::expected's names, so that a chain of fallible steps reads as one:
//
//   return readFile(path).and_then(parseSnapshot).transform(summarise);
//
// and_then(f): f takes the value and returns an Expected; transform(f): f takes the value and
// returns a plain value (or nothing). An error passes through both untouched.

#include "ipsecdoctor/util/error.h"

#include <cassert>
#include <functional>
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

namespace ipsecdoctor {

template <class T>
class Expected;

namespace detail {
template <class>
inline constexpr bool kIsExpected = false;
template <class T>
inline constexpr bool kIsExpected<Expected<T>> = true;

// f(args...) as an Expected: an Expected<void> after a void call, Expected<U> after a U.
template <class F, class... Args>
auto invokeIntoExpected(F&& f, Args&&... args) {
    using U = std::remove_cvref_t<std::invoke_result_t<F, Args...>>;
    if constexpr (std::is_void_v<U>) {
        std::invoke(std::forward<F>(f), std::forward<Args>(args)...);
        return Expected<U>(); // U is void; spelt dependent, as Expected<void> is only declared here
    } else {
        return Expected<U>(std::invoke(std::forward<F>(f), std::forward<Args>(args)...));
    }
}
} // namespace detail

template <class T>
class [[nodiscard]] Expected {
public:
    Expected(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Expected(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool hasValue() const noexcept { return m_v.index() == 0; }
    explicit operator bool() const noexcept { return hasValue(); }

    T& value() & {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    const T& value() const& {
        assert(hasValue());
        return std::get<0>(m_v);
    }
    T&& value() && {
        assert(hasValue());
        return std::get<0>(std::move(m_v));
    }
    const Error& error() const {
        assert(!hasValue());
        return std::get<1>(m_v);
    }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    template <class F>
    auto and_then(F&& f) const& {
        using R = std::remove_cvref_t<std::invoke_result_t<F, const T&>>;
        static_assert(detail::kIsExpected<R>, "and_then needs a function that returns an Expected");
        return hasValue() ? std::invoke(std::forward<F>(f), value()) : R(error());
    }
    template <class F>
    auto and_then(F&& f) && {
        using R = std::remove_cvref_t<std::invoke_result_t<F, T&&>>;
        static_assert(detail::kIsExpected<R>, "and_then needs a function that returns an Expected");
        return hasValue() ? std::invoke(std::forward<F>(f), std::move(*this).value()) : R(error());
    }
    template <class F>
    auto transform(F&& f) const& {
        using R = decltype(detail::invokeIntoExpected(std::forward<F>(f), value()));
        return hasValue() ? detail::invokeIntoExpected(std::forward<F>(f), value()) : R(error());
    }
    template <class F>
    auto transform(F&& f) && {
        using R = decltype(detail::invokeIntoExpected(std::forward<F>(f), std::move(*this).value()));
        return hasValue() ? detail::invokeIntoExpected(std::forward<F>(f), std::move(*this).value())
                          : R(error());
    }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Error error) : m_error(std::move(error)) {}

    bool hasValue() const noexcept { return !m_error.has_value(); }
    explicit operator bool() const noexcept { return hasValue(); }
    const Error& error() const {
        assert(m_error.has_value());
        return *m_error;
    }

    template <class F>
    auto and_then(F&& f) const {
        using R = std::remove_cvref_t<std::invoke_result_t<F>>;
        static_assert(detail::kIsExpected<R>, "and_then needs a function that returns an Expected");
        return hasValue() ? std::invoke(std::forward<F>(f)) : R(error());
    }
    template <class F>
    auto transform(F&& f) const {
        using R = decltype(detail::invokeIntoExpected(std::forward<F>(f)));
        return hasValue() ? detail::invokeIntoExpected(std::forward<F>(f)) : R(error());
    }

private:
    std::optional<Error> m_error;
};

} // namespace ipsecdoctor
