"""scikit-learn and LightGBM on the very same feature matrices as Loopgate's multi-class and regression
trainers (written by tasks.bench.ts).

Usage: python tasks_reference.py <dir> <columns> <l2>; prints one JSON line with fit seconds and metrics.
"""
import json
import sys
import time

import lightgbm
import numpy as np
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.metrics import accuracy_score, f1_score, log_loss, mean_squared_error, r2_score


def timed(fit):
    started = time.perf_counter()
    model = fit()
    return model, time.perf_counter() - started


def regression(model, seconds, x_test, y_test):
    predicted = model.predict(x_test)
    return {"fitSeconds": seconds, "rmse": float(np.sqrt(mean_squared_error(y_test, predicted))), "r2": float(r2_score(y_test, predicted))}


def main():
    directory, columns, l2 = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
    x_train = np.fromfile(f"{directory}/train_x.f32", dtype=np.float32).reshape(-1, columns)
    x_test = np.fromfile(f"{directory}/test_x.f32", dtype=np.float32).reshape(-1, columns)
    class_train = np.fromfile(f"{directory}/train_class.u8", dtype=np.uint8)
    class_test = np.fromfile(f"{directory}/test_class.u8", dtype=np.uint8)
    value_train = np.fromfile(f"{directory}/train_value.f64", dtype=np.float64)
    value_test = np.fromfile(f"{directory}/test_value.f64", dtype=np.float64)
    rows = len(value_train)
    result = {}

    # Same objectives as Loopgate's: mean loss + l2/2 |w|^2, i.e. C = 1 / (l2 * n) and alpha = l2 * n.
    softmax, seconds = timed(lambda: LogisticRegression(C=1.0 / (l2 * rows), max_iter=1000, tol=1e-6).fit(x_train, class_train))
    probabilities = softmax.predict_proba(x_test)
    predicted = probabilities.argmax(axis=1)
    result["softmax"] = {
        "fitSeconds": seconds, "logLoss": float(log_loss(class_test, probabilities, labels=[0, 1, 2, 3])),
        "accuracy": float(accuracy_score(class_test, predicted)), "macroF1": float(f1_score(class_test, predicted, average="macro")), "iterations": int(softmax.n_iter_[0]),
    }

    classes, seconds = timed(lambda: lightgbm.LGBMClassifier(objective="multiclass", n_estimators=100, learning_rate=0.1, num_leaves=31, min_child_samples=20, max_bin=255, random_state=0, verbose=-1).fit(x_train, class_train))
    probabilities = classes.predict_proba(x_test)
    result["lightgbmMulticlass"] = {"fitSeconds": seconds, "logLoss": float(log_loss(class_test, probabilities, labels=[0, 1, 2, 3])), "accuracy": float(accuracy_score(class_test, probabilities.argmax(axis=1)))}

    ridge, seconds = timed(lambda: Ridge(alpha=l2 * rows).fit(x_train, value_train))
    result["ridge"] = regression(ridge, seconds, x_test, value_test)

    trees, seconds = timed(lambda: HistGradientBoostingRegressor(max_iter=100, learning_rate=0.1, max_leaf_nodes=31, min_samples_leaf=20, early_stopping=False, random_state=0).fit(x_train, value_train))
    result["gbdt"] = regression(trees, seconds, x_test, value_test)

    boosted, seconds = timed(lambda: lightgbm.LGBMRegressor(n_estimators=100, learning_rate=0.1, num_leaves=31, min_child_samples=20, max_bin=255, random_state=0, verbose=-1).fit(x_train, value_train))
    result["lightgbm"] = regression(boosted, seconds, x_test, value_test)

    print(json.dumps(result))


if __name__ == "__main__":
    main()
