#include "compare/leaderboard.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace sb::compare {

QString voteOutcomeName(VoteOutcome outcome)
{
    switch (outcome) {
    case VoteOutcome::AWins: return QStringLiteral("a");
    case VoteOutcome::BWins: return QStringLiteral("b");
    case VoteOutcome::Tie: return QStringLiteral("tie");
    case VoteOutcome::BothBad: return QStringLiteral("both_bad");
    }
    return QStringLiteral("tie");
}

bool voteOutcomeFromName(QStringView name, VoteOutcome *outcome)
{
    for (VoteOutcome o : {VoteOutcome::AWins, VoteOutcome::BWins, VoteOutcome::Tie, VoteOutcome::BothBad}) {
        if (name == voteOutcomeName(o)) {
            *outcome = o;
            return true;
        }
    }
    return false;
}

QList<Vote> roundVotes(const QStringList &models, int best, VoteOutcome outcome)
{
    QList<Vote> out;
    if (models.size() < 2)
        return out;
    if (models.size() == 2 && best < 0) {
        out << Vote{models.at(0), models.at(1), outcome, {}, 0, 0};
        return out;
    }
    if (best >= 0 && best < models.size()) {
        for (qsizetype i = 0; i < models.size(); ++i) {
            if (i != best)
                out << Vote{models.at(best), models.at(i), VoteOutcome::AWins, {}, 0, 0};
        }
        return out;
    }
    const VoteOutcome draw = outcome == VoteOutcome::BothBad ? VoteOutcome::BothBad : VoteOutcome::Tie;
    for (qsizetype i = 0; i < models.size(); ++i) {
        for (qsizetype j = i + 1; j < models.size(); ++j)
            out << Vote{models.at(i), models.at(j), draw, {}, 0, 0};
    }
    return out;
}

namespace {

// What A scores in a vote: 1 a win, 0 a loss, 0.5 a draw (a tie or both bad).
double scoreOfA(VoteOutcome outcome)
{
    return outcome == VoteOutcome::AWins ? 1.0 : outcome == VoteOutcome::BWins ? 0.0 : 0.5;
}

// Moves both ratings after a game (the Elo update, zero-sum).
void rate(double &a, double &b, double scoreA, double k)
{
    const double expectedA = 1.0 / (1.0 + std::pow(10.0, (b - a) / 400.0));
    const double delta = k * (scoreA - expectedA);
    a += delta;
    b -= delta;
}

} // namespace

QList<EloPoint> eloHistory(const QList<Vote> &votes, double k, double initial)
{
    QHash<QString, double> elo;
    QList<EloPoint> out;
    for (const Vote &v : votes) {
        if (v.modelA == v.modelB)
            continue;
        double a = elo.value(v.modelA, initial);
        double b = elo.value(v.modelB, initial);
        rate(a, b, scoreOfA(v.outcome), k);
        elo.insert(v.modelA, a);
        elo.insert(v.modelB, b);
        out << EloPoint{v.createdAt, v.modelA, a} << EloPoint{v.createdAt, v.modelB, b};
    }
    return out;
}

QList<LeaderboardEntry> computeLeaderboard(const QList<Vote> &votes, double k, double initial)
{
    QHash<QString, LeaderboardEntry> table;
    auto entry = [&](const QString &model) -> LeaderboardEntry & {
        auto it = table.find(model);
        if (it == table.end())
            it = table.insert(model, LeaderboardEntry{model, initial, 0, 0, 0, 0, 0, 0});
        return *it;
    };
    // the pairwise votes of one round share their comparison and time (CompareStore::recordVotes)
    QSet<QString> rounds; // model, comparison, time
    auto countRound = [&](LeaderboardEntry &e, const Vote &v) {
        if (v.comparisonId == 0 && v.createdAt == 0) {
            ++e.votes; // not from the store: each vote is its own round
            return;
        }
        const QString round = e.model + QChar(0x1f) + QString::number(v.comparisonId) + QChar(0x1f) + QString::number(v.createdAt);
        if (!rounds.contains(round)) {
            rounds.insert(round);
            ++e.votes;
        }
    };
    for (const Vote &v : votes) {
        if (v.modelA == v.modelB)
            continue; // a model against itself says nothing
        LeaderboardEntry &a = entry(v.modelA);
        LeaderboardEntry &b = entry(v.modelB);
        countRound(a, v);
        countRound(b, v);
        ++a.games;
        ++b.games;
        switch (v.outcome) {
        case VoteOutcome::AWins:
            ++a.wins;
            ++b.losses;
            break;
        case VoteOutcome::BWins:
            ++b.wins;
            ++a.losses;
            break;
        case VoteOutcome::BothBad:
            ++a.bothBad;
            ++b.bothBad;
            [[fallthrough]];
        case VoteOutcome::Tie:
            ++a.ties;
            ++b.ties;
            break;
        }
        rate(a.elo, b.elo, scoreOfA(v.outcome), k);
    }
    QList<LeaderboardEntry> out = table.values();
    std::sort(out.begin(), out.end(), [](const LeaderboardEntry &x, const LeaderboardEntry &y) {
        if (x.elo != y.elo)
            return x.elo > y.elo;
        if (x.winRate() != y.winRate())
            return x.winRate() > y.winRate();
        return x.model < y.model;
    });
    return out;
}

} // namespace sb::compare
