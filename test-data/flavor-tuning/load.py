import struct, numpy as np, os, sys, csv
NB=40; PER=43
def load(binpath, root):
    truth={}
    with open(os.path.join(root,'SOURCES.tsv')) as f:
        r=csv.reader(f, delimiter='\t'); h=next(r)
        for row in r:
            d=dict(zip(h,row)); truth[d['path']]=(d['package'], d['package']+':'+d['source_file'])
    out=[]
    with open(binpath,'rb') as f:
        data=f.read()
    i=0
    while i < len(data):
        (n,)=struct.unpack('>i',data[i:i+4]); i+=4
        path=data[i:i+n].decode(); i+=n
        (m,)=struct.unpack('>i',data[i:i+4]); i+=4
        vec=np.frombuffer(data[i:i+4*m],dtype='>f4').astype(np.float64); i+=4*m
        (k,)=struct.unpack('>i',data[i:i+4]); i+=4
        fr=np.frombuffer(data[i:i+4*k*PER],dtype='>f4').astype(np.float64).reshape(k,PER); i+=4*k*PER
        rel=os.path.relpath(path, root)
        if rel not in truth or m==0: continue
        album,rec=truth[rel]
        if album=='-': continue
        out.append(dict(path=rel,album=album,rec=rec,vec=vec,frames=fr))
    return out

def p_at_k(D, albums, recs, k=5):
    n=len(albums); prec=[]; rnd=[]
    albums=np.array(albums); recs=np.array(recs)
    for q in range(n):
        copies=(recs==recs[q]); ncop=copies.sum()-1
        same=(albums==albums[q]).sum()-1-ncop
        others=n-1-ncop
        if same<1 or others<k: continue
        d=D[q].copy(); d[copies]=np.inf
        idx=np.argsort(d,kind='stable')[:k]
        prec.append(np.mean(albums[idx]==albums[q])); rnd.append(same/others)
    return np.array(prec), np.mean(rnd)

def copies_nearest(D, recs):
    recs=np.array(recs); c=0; ok=0
    for q in range(len(recs)):
        cp=(recs==recs[q]); cp[q]=False
        if cp.sum()==0: continue
        d=D[q].copy(); d[q]=np.inf
        c+=1; ok+= cp[np.argmin(d)]
    return c, ok

def boot(a,b,B=10000,seed=19):
    d=a-b; rng=np.random.default_rng(seed); n=len(d)
    m=d[rng.integers(0,n,(B,n))].mean(1)
    return d.mean(), np.percentile(m,2.5), np.percentile(m,97.5)

def cosine(X):
    Xn=X/np.maximum(np.linalg.norm(X,axis=1,keepdims=True),1e-12)
    return 1-Xn@Xn.T
def euclid(X):
    s=(X**2).sum(1); return s[:,None]+s[None,:]-2*X@X.T
