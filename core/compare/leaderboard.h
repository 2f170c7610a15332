#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::compare {

// A blind vote between two models. BothBad counts as a draw for Elo (as in Chatbot Arena) and is
// kept apart in the counts.
enum class VoteOutcome { AWins, BWins, Tie, BothBad };
QString voteOutcomeName(VoteOutcome outcome); // a, b, tie, both_bad
bool voteOutcomeFromName(QStringView name, VoteOutcome *outcome);

struct Vote {
    QString modelA;
    QString modelB;
    VoteOutcome outcome = VoteOutcome::Tie;
    QString category;
    qint64 comparisonId = 0;
    qint64 createdAt = 0; // UTC epoch ms
};

// Votes of one blind round with any number of panes, as pairwise votes:
//  - two panes: the outcome as given (A = models[0], B = models[1]);
//  - more panes: the user picks the best one (best >= 0), which beats each of the others; or calls it a
//    tie or "all bad" (best < 0, outcome Tie or BothBad), which is that outcome for every pair.
QList<Vote> roundVotes(const QStringList &models, int best, VoteOutcome outcome);

struct LeaderboardEntry {
    QString model;
    double elo = 0;
    int games = 0;
    int wins = 0;
    int losses = 0;
    int ties = 0; // including both-bad
    int bothBad = 0;
    int votes = 0; // the user's votes (rounds) the model was in; one round of n panes is n-1 games
    double winRate() const { return games ? double(wins) / games : 0; } // wins over games
};

// Elo over the votes in the order given (oldest first): everyone starts at `initial`, K-factor k.
// Sorted by Elo, best first; ties by win rate, then name.
QList<LeaderboardEntry> computeLeaderboard(const QList<Vote> &votes, double k = 32, double initial = 1000);

// A model's Elo right after a vote it was in.
struct EloPoint {
    qint64 at = 0; // the vote's time (UTC epoch ms)
    QString model;
    double elo = 0;
};
// Elo over time, as computeLeaderboard rates the votes (oldest first): after each vote, a point for each
// of its two models. The last point of a model is its leaderboard Elo.
QList<EloPoint> eloHistory(const QList<Vote> &votes, double k = 32, double initial = 1000);

} // namespace sb::compare
