"""Fits the risk class model's defaults (RiskClassConfig) on one generated brokerage and reports them on another.

usage: python3 fit.py FIT.csv TEST.csv AS_OF
  FIT.csv, TEST.csv: export.sql's output for two `bench profile` stores (defaults: seed 13 to fit, seed 7 to test)
  AS_OF: the score date (the generated year's last day), for ages
Needs numpy and scikit-learn (Debian: python3-sklearn). Prints the fitted numbers as RiskClassConfig wants them:
first each style's board-pick concentrations (BoardPicks), then the behaviour evidence's weights, which read the
picks through them.
"""
import csv, datetime, json, math, sys
import numpy as np
from scipy.optimize import minimize
from scipy.special import gammaln
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

CLASSES = ['RISK_SEEKING', 'RISK_AVERSE', 'CONSERVATIVE']
LEVELS = ['C1', 'C2', 'C3', 'C4', 'C5']
# RiskModel's signals the class reads: driver key, neutral value, read as ln(1 + value)
SIGNALS = [('highRiskTradeShare', 0.15, 0), ('highRiskShare', 0, 0), ('etfShare', 0, 0), ('productShare', 0, 0),
           ('etfTradeShare', 0.1, 0), ('productTradeShare', 0.05, 0), ('equityShare', 0.35, 0),
           ('yearTurnover', math.log1p(8), 1), ('holdingDays', math.log1p(20), 1), ('volatility', 0.008, 0),
           ('maxDrawdown', 0.08, 0), ('cashShare', 0.6, 0), ('positions', 1, 0)]
CAP = 5
# signals read from indicator columns, not from the score's drivers (the class reads them, the score does not):
# driver key, column, neutral value, read as ln(1 + value)
COLUMN_SIGNALS = [('depositCount', 'deposit_count_250', math.log1p(3), 1),
                  ('withdrawalCount', 'withdrawal_count_250', math.log1p(2), 1)]
# the board picks (RiskClassConfig.BoardPicks): per style, a Dirichlet-multinomial over these boards; the
# signals are the log-likelihood of a client's picks under the seeking and the conservative style, each less
# that under the risk-averse style (not capped)
BOARDS = ['main', 'star', 'chinext', 'bse', 'st', 'etf', 'product']
PICK_SIGNALS = ['picksSeeking', 'picksConservative']


def picks(path):
    return np.array([[float(r[b + '_picks_250'] or 0) for b in BOARDS] for r in csv.DictReader(open(path))])


def dirichlet_multinomial(N, alpha):
    """log P(counts | alpha) less the multinomial coefficient, which is the same under every style."""
    a = alpha.sum()
    return gammaln(a) - gammaln(N.sum(1) + a) + (gammaln(N + alpha) - gammaln(alpha)).sum(1)


def fit_alphas(N, style):
    """Each style's concentrations, by maximum likelihood over the clients who trade in that style."""
    out = []
    for c in CLASSES:
        M = N[style == c]
        r = minimize(lambda la: -dirichlet_multinomial(M, np.exp(la)).sum(), np.zeros(N.shape[1]), method='L-BFGS-B')
        out.append(np.exp(r.x))
    return out


def pick_signals(N, alphas):
    L = np.column_stack([dirichlet_multinomial(N, a) for a in alphas])
    return np.column_stack([L[:, 0] - L[:, 1], L[:, 2] - L[:, 1]])


def drivers(text):
    """A profile's driver list as (key, value, has points) triples. Drivers are stored as arrays,
    ["key", value] or ["key", value, points]; profiles written before 2026-11-29 hold objects
    {"key": ..., "value": ..., "points": ...} instead, and read the same."""
    out = []
    for e in json.loads(text):
        if isinstance(e, list):
            out.append((e[0], e[1], len(e) > 2))
        else:
            out.append((e['key'], e.get('value'), 'points' in e))
    return out


def sig3(x):
    return float(f'{x:.3g}')


def signal_keys(alphas):
    return [k[0] for k in SIGNALS] + ([k[0] for k in COLUMN_SIGNALS] + PICK_SIGNALS if alphas is not None else [])


def load(path, as_of, alphas=None):
    """The design matrix: signals z, z x ln(1 + trades), ln(1 + trades). Without alphas, the thirteen signals
    of the score's drivers only (as oracle.py and importance.py read them)."""
    X, ages, levels, persona, style = [], [], [], [], []
    P = pick_signals(picks(path), alphas) if alphas is not None else None
    for k, r in enumerate(csv.DictReader(open(path))):
        values = {key: value for key, value, scored in drivers(r['risk']) if scored}
        z = []
        for key, neutral, log in SIGNALS:
            v = values.get(key)
            if v is None:
                z.append(0.0)
                continue
            x = math.log1p(max(0, float(v))) if log else float(v)
            z.append(min(x, CAP) - neutral)
        if alphas is not None:
            for key, column, neutral, log in COLUMN_SIGNALS:
                v = float(r[column] or 0)
                z.append(min(math.log1p(v) if log else v, CAP) - neutral)
            z.extend(float(x) for x in P[k])
        trading = math.log1p(float(r['trade_count_250'] or 0))
        X.append(z + [v * trading for v in z] + [trading])
        age = None
        if r['birth_date']:
            b = datetime.date.fromisoformat(r['birth_date'])
            age = as_of.year - b.year - ((as_of.month, as_of.day) < (b.month, b.day))
        ages.append(age)
        levels.append(r['q_level'] or None)
        persona.append(r['persona'])
        style.append(r['behaves_as'])
    return np.array(X), ages, levels, np.array(persona), np.array(style)


def main():
    as_of = datetime.date.fromisoformat(sys.argv[3])
    _, _, _, _, style = load(sys.argv[1], as_of)
    alphas = fit_alphas(picks(sys.argv[1]), style)
    X, ages, levels, persona, style = load(sys.argv[1], as_of, alphas)
    keys = signal_keys(alphas)
    n = len(keys)
    # the behaviour's style: a multinomial logit, fitted on standardised inputs and reported per raw unit
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1
    m = LogisticRegression(max_iter=10000, C=1.0).fit((X - mu) / sd, style)
    order = [list(m.classes_).index(c) for c in CLASSES]
    W = np.vectorize(sig3)(m.coef_[order] / sd)
    b = np.vectorize(sig3)(m.intercept_[order] - (m.coef_[order] / sd) @ mu)
    rho = np.array([np.mean(style == c) for c in CLASSES])
    # log P(behaviour | style) relative to the risk-averse style: the fitting brokerage's style shares come out
    weights = np.vectorize(sig3)(W - W[1])
    intercepts = np.vectorize(sig3)((b - b[1]) - (np.log(rho) - np.log(rho[1])))
    shares = [round(float(np.mean(persona == c)), 3) for c in CLASSES]
    atypical = round(float(np.mean(persona != style)), 3)
    level_table = [[round(float(np.mean([l == v for l, p in zip(levels, persona) if p == c and l])), 3)
                    for v in LEVELS] for c in CLASSES]
    age_means = [round(float(np.mean([a for a, p in zip(ages, persona) if p == c and a is not None])), 1) for c in CLASSES]
    age_sds = [round(float(np.std([a for a, p in zip(ages, persona) if p == c and a is not None])), 1) for c in CLASSES]

    def classify(X, ages, levels):
        e = X @ weights.T + intercepts
        T = np.array([[1 - atypical if s == c else atypical / 2 for s in range(3)] for c in range(3)])
        out = []
        for k in range(len(X)):
            # behaviour is observed when a trading or holding signal is defined or the client picked anything
            # (transfers alone do not count: a client who only moved money has shown no trading style)
            observed = any(X[k][:len(SIGNALS)]) or any(X[k][n - len(PICK_SIGNALS):n])
            evidence = e[k] if observed else np.zeros(3)
            post = np.log(np.array(shares) * (T @ np.exp(evidence - evidence.max())))
            if levels[k]:
                post += np.log([level_table[c][LEVELS.index(levels[k])] for c in range(3)])
            if ages[k] is not None:
                post += [-0.5 * ((ages[k] - age_means[c]) / age_sds[c]) ** 2 - math.log(age_sds[c]) for c in range(3)]
            out.append(CLASSES[int(np.argmax(post))])
        return np.array(out)

    for name, path in [('fitting brokerage', sys.argv[1]), ('test brokerage', sys.argv[2])]:
        Xs, a, l, p, _ = (X, ages, levels, persona, style) if path == sys.argv[1] else load(path, as_of, alphas)
        pred = classify(Xs, a, l)
        print(f'{name}: accuracy {accuracy_score(p, pred):.4f}  macro-F1 {f1_score(p, pred, average="macro"):.4f}')
    print('shares', shares, 'atypicalShare', atypical)
    for c, row in zip(CLASSES, level_table):
        print(c, 'levels', row)
    print('ageMeans', age_means, 'ageDeviations', age_sds)
    for c, a in zip(CLASSES, alphas):
        print(c, 'board picks', [sig3(x) for x in a])
    for i, c in [(0, 'seeking'), (2, 'conservative')]:
        print(f'{c}: intercept {intercepts[i]}, perTrading {weights[i][2 * n]}')
        print('  weights', {k: weights[i][j] for j, k in enumerate(keys)})
        print('  tradingWeights', {k: weights[i][n + j] for j, k in enumerate(keys)})


if __name__ == '__main__':
    main()
