import sys, pickle, numpy as np, glob
sys.path.insert(0,'/tmp/tune')
from load import *; from feat3 import groups3
tracks=[]
if sys.argv[1]=='eval':
    for b in sorted(glob.glob('/tmp/evaldump/*.bin')): tracks+=load(b,'/tmp/evalsrc')
else:
    tracks=load(sys.argv[1], sys.argv[2])
albums=[t['album'] for t in tracks]; recs=[t['rec'] for t in tracks]
V=np.stack([t['vec'] for t in tracks])
F=[groups3(t['frames']) for t in tracks]
Gs={n:np.stack([f[n] for f in F]) for n in F[0]}
pickle.dump((albums,recs,Gs,V),open(sys.argv[3],'wb'))
print(len(tracks),'tracks',len(set(albums)),'albums')
