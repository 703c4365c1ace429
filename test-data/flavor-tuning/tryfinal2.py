import sys; sys.path.insert(0,'/tmp/tune')
from final import evaluate
pk=sys.argv[1]
for spec in [dict(v2=1,fp=1), dict(v2=1,fp6=1), dict(v2=1,fp6=1.5), dict(v2=1,fp6=1,dstd=1), dict(v2=1,fp6=1,dmean=1), dict(v2=1,fp6=1,relmean=1)]:
    print(spec, end=' '); evaluate(pk,spec)
