import sys, pickle, numpy as np
sys.path.insert(0,'/tmp/tune')
from load import *
albums,recs,G,V=pickle.load(open(sys.argv[1],'rb'))
def z(X):
    s=X.std(0); s[s==0]=1; return (X-X.mean(0))/s
def dsn(D):
    iu=np.triu_indices(len(D),1); return (D-D[iu].mean())/D[iu].std()
Dg={n:dsn(euclid(z(G[n]))) for n in G}
Dg['v2']=dsn(cosine(V))
def score(sel):
    D=sum(Dg[n] for n in sel); p,_=p_at_k(D,albums,recs); return p.mean()
sel=[]; best=0
for step in range(6):
    cands=[(score(sel+[n]),n) for n in Dg if n not in sel]
    s,n=max(cands)
    print(step, ['%s %.3f'%(nn,ss) for ss,nn in sorted(cands,reverse=True)[:5]])
    if s<=best: break
    sel.append(n); best=s
print('selected',sel,best)
