"""scikit-learn on the very same feature matrices as Loopgate's trainers (written by train.bench.ts).

Usage: python sklearn_reference.py <dir> <columns>; prints one JSON line with fit seconds and AUC.
"""
import json
import sys
import time

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score


def load(directory, name, columns):
    x = np.fromfile(f"{directory}/{name}_x.f32", dtype=np.float32).reshape(-1, columns)
    y = np.fromfile(f"{directory}/{name}_y.u8", dtype=np.uint8)
    return x, y


def main():
    directory, columns, l2 = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    x_train, y_train = load(directory, "train", columns)
    x_test, y_test = load(directory, "test", columns)
    result = {}

    started = time.perf_counter()
    trees = HistGradientBoostingClassifier(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=20, random_state=0)
    trees.fit(x_train, y_train)
    result["gbdt"] = {"fitSeconds": time.perf_counter() - started, "auc": roc_auc_score(y_test, trees.predict_proba(x_test)[:, 1]), "trees": int(trees.n_iter_)}

    started = time.perf_counter()
    # Same objective as Loopgate's: mean log loss + l2/2 |w|^2, i.e. C = 1 / (l2 * n).
    linear = LogisticRegression(C=1.0 / (l2 * len(y_train)), max_iter=1000, tol=1e-6)
    linear.fit(x_train, y_train)
    result["logistic"] = {"fitSeconds": time.perf_counter() - started, "auc": roc_auc_score(y_test, linear.predict_proba(x_test)[:, 1]), "iterations": int(linear.n_iter_[0])}

    print(json.dumps(result))


if __name__ == "__main__":
    main()
