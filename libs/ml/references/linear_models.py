# The scikit-learn figures that src/trainers/linear-models.spec.ts compares with (run from the repository root after npm ci): python3 libs/ml/references/linear_models.py (pip install -r libs/ml/references/requirements.txt)
import json, numpy as np
from sklearn.linear_model import LogisticRegression, Ridge
rows=json.load(open('node_modules/vega-datasets/data/penguins.json'))
cols=["Beak Length (mm)","Beak Depth (mm)","Flipper Length (mm)","Body Mass (g)"]
rows=[r for r in rows if all(r[c] is not None for c in cols)]
species=sorted({r["Species"] for r in rows})
X=np.array([[r[c] for c in cols] for r in rows],dtype=np.float64)
X=((X-X.mean(0))/X.std(0)).astype(np.float32).astype(np.float64)
y=np.array([species.index(r["Species"]) for r in rows])
n=len(rows); l2=0.01
m=LogisticRegression(C=1/(l2*n),tol=1e-12,max_iter=100000).fit(X,y)
P=m.predict_proba(X)
print(n, species, json.dumps([P[i].tolist() for i in (0,150,300)]))
# ridge: body mass (raw) from the other three
t=np.array([r[cols[3]] for r in rows],dtype=np.float64)
R=Ridge(alpha=l2*n,tol=1e-12).fit(X[:,:3],t)
print(json.dumps(R.predict(X[:3,:3]).tolist()), R.intercept_, R.coef_.tolist())
