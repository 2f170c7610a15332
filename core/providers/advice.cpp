#include "providers/advice.h"

#include <QCoreApplication>

#include <cmath>

namespace sb::providers {

Advice adviceFor(const protocol::ApiError &error)
{
    using Kind = protocol::ApiError::Kind;
    // the provider's own sentence, without its final period (the advice adds its own)
    QString message = error.message;
    while (message.endsWith(QLatin1Char('.')))
        message.chop(1);
    const QString who = error.provider.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(error.provider);
    switch (error.kind) {
    case Kind::Auth:
        return {
            QCoreApplication::translate("sb::providers::Advice", "The provider refused the key%1: %2. Check the provider's key.").arg(who, message),
            Remedy::FixProvider};
    case Kind::Permission:
        return {QCoreApplication::translate("sb::providers::Advice",
                                            "The key is not allowed to use this model%1: %2. Pick another model or change the key.")
                    .arg(who, message),
                Remedy::FixProvider};
    case Kind::NotFound:
        return {QCoreApplication::translate("sb::providers::Advice", "Unknown model or endpoint%1: %2. Check the provider's models and base URL.")
                    .arg(who, message),
                Remedy::FixProvider};
    case Kind::BudgetExceeded:
        return {QCoreApplication::translate("sb::providers::Advice", "A budget stopped this call: %1. Raise or reset it under Usage, Budgets.")
                    .arg(message),
                Remedy::OpenUsage};
    case Kind::RateLimited: {
        QString wait;
        if (error.retryAfter)
            wait = QCoreApplication::translate("sb::providers::Advice", " The provider asks to wait %1 s.")
                       .arg(int(std::ceil(double(error.retryAfter->count()) / 1000.0)));
        return {QCoreApplication::translate("sb::providers::Advice", "Rate limited%1: %2.%3").arg(who, message, wait), Remedy::Retry};
    }
    case Kind::Network:
        return {
            QCoreApplication::translate("sb::providers::Advice", "Cannot reach the provider%1: %2. Check its base URL and your network, then retry.")
                .arg(who, message),
            Remedy::Retry};
    case Kind::Overloaded:
    case Kind::Server:
    case Kind::Timeout:
        return {
            QCoreApplication::translate("sb::providers::Advice", "The provider did not answer%1: %2. Retry, or pick a virtual model that fails over.")
                .arg(who, message),
            Remedy::Retry};
    case Kind::ContextLength:
        return {QCoreApplication::translate(
                    "sb::providers::Advice",
                    "The prompt is too long for this model's context window: %1. Shorten it, start a new conversation or pick a model with a "
                    "larger context.")
                    .arg(message),
                Remedy::None};
    case Kind::ContentFilter:
        return {QCoreApplication::translate("sb::providers::Advice", "The provider's safety filter refused this: %1").arg(message), Remedy::None};
    case Kind::InvalidRequest:
        return {QCoreApplication::translate("sb::providers::Advice",
                                            "The provider rejected the request%1: %2. Check the parameters (JSON mode, max tokens) for this model.")
                    .arg(who, message),
                Remedy::None};
    case Kind::Cancelled: return {QCoreApplication::translate("sb::providers::Advice", "Stopped."), Remedy::None};
    }
    return {error.message, Remedy::None};
}

} // namespace sb::providers
