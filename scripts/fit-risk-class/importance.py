"""Which behaviour parameter, known exactly, would lift the class most.

Fits gradient-boosted trees on the model's thirteen signals (as fit.py reads them) plus one group of true
behaviour parameters at a time (BehaviourParameters.java), then combines with the level and age as oracle.py
does, and prints the accuracy against behaves_as and against the persona for each group.

usage: python3 importance.py FIT_PARAMS.csv FIT.csv TEST_PARAMS.csv TEST.csv AS_OF
Needs numpy and scikit-learn (Debian: python3-sklearn).
"""
import sys, math, datetime
import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from fit import CLASSES, LEVELS, load
from oracle import parameters, ids, shows
as_of = datetime.date.fromisoformat(sys.argv[5])
FIT, TEST = sys.argv[2], sys.argv[4]
X, ages, levels, persona, style = load(FIT, as_of)
Xt, at, lt, pt, st = load(TEST, as_of)
P = parameters(sys.argv[1], ids(FIT)); Pt = parameters(sys.argv[3], ids(TEST))
shown = shows(TEST)
rho = np.array([np.mean(style == c) for c in CLASSES]); shares = np.array([np.mean(persona == c) for c in CLASSES])
atyp = float(np.mean(persona != style)); T = np.array([[1 - atyp if s == c else atyp / 2 for s in range(3)] for c in range(3)])
table = [[np.mean([l == v for l, p in zip(levels, persona) if p == c and l]) for v in LEVELS] for c in CLASSES]
means = [np.mean([a for a, p in zip(ages, persona) if p == c and a is not None]) for c in CLASSES]
sds = [np.std([a for a, p in zip(ages, persona) if p == c and a is not None]) for c in CLASSES]
def score(F, Ft):
    m = HistGradientBoostingClassifier(max_iter=300, learning_rate=0.08).fit(F, style)
    order = [list(m.classes_).index(c) for c in CLASSES]
    lik = m.predict_proba(Ft)[:, order] / rho
    hits = 0
    for k in range(len(Ft)):
        post = np.log(shares * (T @ lik[k] if shown[k] else np.ones(3)))
        if lt[k]: post += np.log([table[c][LEVELS.index(lt[k])] for c in range(3)])
        if at[k] is not None: post += [-0.5 * ((at[k] - means[c]) / sds[c]) ** 2 - math.log(sds[c]) for c in range(3)]
        hits += CLASSES[int(np.argmax(post))] == pt[k]
    return np.mean(lik.argmax(1) == [CLASSES.index(s) for s in st]), hits / len(Ft)
groups = {'none': [], 'segments': list(range(7)), 'holding': [7], 'positions': [8], 'equity': [9], 'buy': [10], 'margin': [11], 'flows': [12, 13]}
for g, cols in groups.items():
    F = np.hstack([X, P[:, cols]]) if cols else X
    Ft = np.hstack([Xt, Pt[:, cols]]) if cols else Xt
    b, a = score(F, Ft)
    print(f'signals + true {g:10s}: behaves_as {b:.4f}  persona {a:.4f}', flush=True)
