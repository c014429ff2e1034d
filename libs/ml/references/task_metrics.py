# The scikit-learn figures that src/evaluation/*-metrics.spec.ts compares with: python3 libs/ml/references/task_metrics.py (pip install -r libs/ml/references/requirements.txt)
import numpy as np, json
from sklearn.metrics import log_loss, accuracy_score, f1_score, roc_auc_score, confusion_matrix, mean_squared_error, mean_absolute_error, r2_score
y=[0,1,2,2,1,0,2,1,0,2,1,1]
P=[[.7,.2,.1],[.2,.5,.3],[.1,.3,.6],[.3,.3,.4],[.6,.3,.1],[.5,.4,.1],[.2,.2,.6],[.1,.8,.1],[.4,.4,.2],[.3,.5,.2],[.2,.3,.5],[.25,.5,.25]]
P=np.array(P); pred=P.argmax(1)
print(json.dumps(dict(logLoss=log_loss(y,P),accuracy=accuracy_score(y,pred),macroF1=f1_score(y,pred,average='macro'),weightedF1=f1_score(y,pred,average='weighted'),macroAuc=roc_auc_score(y,P,multi_class='ovr',average='macro'),confusion=confusion_matrix(y,pred).tolist())))
o=np.array([3.0,-1.5,2.2,7.1,0.0,4.4,5.5,-2.0,1.1,3.3]); p=np.array([2.5,-1.0,2.0,6.0,0.5,4.0,6.1,-1.2,1.0,2.9])
r=o-p
print(json.dumps(dict(rmse=mean_squared_error(o,p)**0.5,mae=mean_absolute_error(o,p),r2=r2_score(o,p),meanError=float((p-o).mean()),q=np.quantile(r,[.05,.25,.5,.75,.95]).tolist())))
