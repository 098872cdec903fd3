"""How far one year of trading falls short of the behaviour that produced it.

Fits gradient-boosted trees that read each client's true behaviour parameters (BehaviourParameters.java) to
find the style the behaviour was drawn from, then adds the questionnaire level and age by Bayes' rule as the
shipped model does (the fitted shares, level table and age normals of fit.py). Clients whose behaviour shows
nothing (no trades in the year, no positions) keep the level and age only. The accuracy this reaches against the persona is what
a perfect reading of the behaviour would give; the shipped model reads a year of trades instead.

usage: python3 oracle.py FIT_PARAMS.csv FIT.csv TEST_PARAMS.csv TEST.csv AS_OF
  *_PARAMS.csv: BehaviourParameters.java's output; FIT.csv, TEST.csv: export.sql's output (see fit.py)
Needs numpy and scikit-learn (Debian: python3-sklearn).
"""
import csv, datetime, math, sys
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from fit import CLASSES, LEVELS, drivers, load


def parameters(path, ids):
    rows = {r['customer_id']: r for r in csv.DictReader(open(path))}
    out = []
    for i in ids:
        r = rows[i]
        out.append([math.log(float(r['w%d' % k]) + 1e-3) for k in range(7)]
                   + [math.log(float(r['holding'])), float(r['positions']), float(r['equity']),
                      math.log(float(r['buy'])), float(r['margin']), math.log(float(r['dep'])), math.log(float(r['wd']))])
    return np.array(out)


def ids(path):
    return [r['customer_id'] for r in csv.DictReader(open(path))]


def shows(path):
    """Whether a client's behaviour shows at all: trades in the year, or positions held (dormant and
    never-funded accounts show only cash or nothing, whatever their parameters)."""
    out = []
    for r in csv.DictReader(open(path)):
        held = any(key == 'positions' and float(value) > 0 for key, value, _ in drivers(r['risk']))
        out.append(int(r['trade_count_250'] or 0) > 0 or held)
    return np.array(out)


def main():
    as_of = datetime.date.fromisoformat(sys.argv[5])
    X, ages, levels, persona, style = load(sys.argv[2], as_of)
    P = parameters(sys.argv[1], ids(sys.argv[2]))
    trees = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.08).fit(P, style)
    order = [list(trees.classes_).index(c) for c in CLASSES]
    rho = np.array([np.mean(style == c) for c in CLASSES])
    shares = np.array([np.mean(persona == c) for c in CLASSES])
    atypical = float(np.mean(persona != style))
    T = np.array([[1 - atypical if s == c else atypical / 2 for s in range(3)] for c in range(3)])
    table = [[np.mean([l == v for l, p in zip(levels, persona) if p == c and l]) for v in LEVELS] for c in CLASSES]
    means = [np.mean([a for a, p in zip(ages, persona) if p == c and a is not None]) for c in CLASSES]
    sds = [np.std([a for a, p in zip(ages, persona) if p == c and a is not None]) for c in CLASSES]

    Xt, at, lt, pt, st = load(sys.argv[4], as_of)
    Pt = parameters(sys.argv[3], ids(sys.argv[4]))
    likelihood = trees.predict_proba(Pt)[:, order] / rho
    shown = shows(sys.argv[4])
    print(f'the style read from the true parameters: accuracy {np.mean(likelihood.argmax(1) == [CLASSES.index(s) for s in st]):.4f}'
          f' against behaves_as; behaviour shows for {shown.mean():.4f} of clients')
    hits = 0
    for k in range(len(Xt)):
        post = np.log(shares * (T @ likelihood[k] if shown[k] else np.ones(3)))
        if lt[k]:
            post += np.log([table[c][LEVELS.index(lt[k])] for c in range(3)])
        if at[k] is not None:
            post += [-0.5 * ((at[k] - means[c]) / sds[c]) ** 2 - math.log(sds[c]) for c in range(3)]
        hits += CLASSES[int(np.argmax(post))] == pt[k]
    print(f'the class from the true parameters, the level and age: accuracy {hits / len(Xt):.4f} against the persona')


if __name__ == '__main__':
    main()
