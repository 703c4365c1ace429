import numpy as np
from feat2 import env_of
def groups3(fr, G=12, W=128, H=64, nmod=6):
    v=fr[:,42]>0.5
    env=env_of(fr,G)
    ev=env[v] if v.any() else env
    rel=ev-ev.mean(1,keepdims=True)
    f={'relmean':rel.mean(0),'relstd':rel.std(0),'sp':np.percentile(rel,[10,50,90],axis=0).ravel()}
    d=np.abs(np.diff(env,axis=0)); f['dstd']=d.std(0); f['dmean']=d.mean(0)
    n=len(env); blocks=1 if n<=W else 1+(n-W)//H
    han=0.5-0.5*np.cos(2*np.pi*np.arange(W)/(W-1))
    binhz=1/(W*1024/22050)
    edges=[int(np.ceil(0.5*(10.5/0.5)**(m/nmod)/binhz)) for m in range(nmod+1)]
    mags=np.zeros((blocks,nmod,G))
    for b in range(blocks):
        s=b*H; idx=np.minimum(np.arange(s,s+W),n-1)
        seg=env[idx]; seg=(seg-seg.mean(0))*han[:,None]
        F=np.abs(np.fft.fft(seg,axis=0))
        for m in range(nmod):
            mags[b,m]=F[edges[m]:edges[m+1]].mean(0)
    fp=np.log1p(np.median(mags,0))
    f['fp']=fp.ravel(); f['fp6']=fp.reshape(nmod,G//2,2).mean(2).ravel(); f['fpmod']=fp.mean(1); f['fpband']=fp.mean(0)
    c=np.nan_to_num(np.corrcoef(ev.T)); f['corr']=c[np.triu_indices(G,1)]
    return f
