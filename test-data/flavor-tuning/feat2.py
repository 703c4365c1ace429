import numpy as np
NB=40
def env_of(fr,G):
    gs=np.array_split(np.arange(NB),G)
    # power mean of mel bands in dB -> group dB (mean of dB for simplicity)
    return np.stack([fr[:,g].mean(1) for g in gs],1)
def groups2(fr, G=12, W=128, H=64, nmod=6):
    v=fr[:,42]>0.5
    env=env_of(fr,G)
    ev=env[v] if v.sum()>10 else env
    rel=ev-ev.mean(1,keepdims=True)
    f={}
    f['relmean']=rel.mean(0); f['relstd']=rel.std(0)
    f['sp']=np.percentile(rel,[10,50,90],axis=0).ravel()
    f['absstd']=ev.std(0)
    d=np.abs(np.diff(env,axis=0)); 
    f['dmean']=d.mean(0); f['dstd']=d.std(0)
    han=np.hanning(W); wins=[]
    for s in range(0,max(1,len(env)-W+1),H):
        seg=env[s:s+W]
        if len(seg)<W: seg=np.pad(seg,((0,W-len(seg)),(0,0)),mode='edge')
        seg=seg-seg.mean(0)
        wins.append(np.abs(np.fft.rfft(seg*han[:,None],axis=0)))
    Fm=np.stack(wins)
    fr_hz=np.arange(W//2+1)*22050/1024/W
    edges=np.geomspace(0.5,10.5,nmod+1)
    def bands(F):
        return np.stack([F[(fr_hz>=a)&(fr_hz<b)].mean(0) for a,b in zip(edges[:-1],edges[1:])])
    f['fp_med']=np.log1p(bands(np.median(Fm,0))).ravel()
    f['fp_mean']=np.log1p(bands(Fm.mean(0))).ravel()
    c=np.nan_to_num(np.corrcoef(ev.T)); iu=np.triu_indices(G,1); f['corr']=c[iu]
    return f
