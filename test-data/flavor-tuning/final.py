import sys, pickle, numpy as np
sys.path.insert(0,'/tmp/tune')
from load import *
def consts(X):
    med=np.median(X,0); sc=(np.percentile(X,90,0)-np.percentile(X,10,0))/2; sc[sc<=1e-9]=1
    return med,sc
def build(Gs,V,spec,C):
    parts=[V*spec.get('v2',1.0)]
    for n,w in spec.items():
        if n=='v2': continue
        med,sc=C[n]; zz=np.clip((Gs[n]-med)/sc,-3,3)
        parts.append(zz*w/np.sqrt(zz.shape[1]))
    return np.concatenate(parts,1)
def evaluate(pk, spec, C=None, verbose=True):
    albums,recs,Gs,V=pickle.load(open(pk,'rb'))
    if C is None: C={n:consts(Gs[n]) for n in Gs}
    X=build(Gs,V,spec,C); D=cosine(X)
    p,r=p_at_k(D,albums,recs); p0,_=p_at_k(cosine(V),albums,recs)
    lead=boot(p,p0)
    if verbose: print('dim %d P@5 %.3f (v2 %.3f) random %.3f lead-over-v2 %+.3f [%+.3f,%+.3f] copies %s'%(X.shape[1],p.mean(),p0.mean(),r,*lead,copies_nearest(D,recs)))
    return p.mean(), C
