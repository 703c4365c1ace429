import re, os, sys
script=open('/work/wt-flavor/test-data/make-dataset.sh').read()
tab=re.search(r'EVAL_PACKAGES=\((.*?)\n\)',script,re.S).group(1)
src='/work/wt-flavor/test-data/.cache/src'; out='/tmp/evalsrc'
rows=[]
for line in re.findall(r'"(.*?)"',tab):
    f=line.split('|'); pkg,ver,mdir,dmin,dmax,quota=f[0],f[1],f[3],float(f[4]),float(f[5]),int(f[6])
    d=os.path.join(src,pkg+'_'+ver.replace(':','%3a'))
    if not os.path.exists(d+'/.durations.tsv'): continue
    el=[l.split('\t') for l in open(d+'/.durations.tsv').read().splitlines()]
    el=[(p,float(x)) for p,x in el if x!='unreadable' and dmin<=float(x)<=dmax]
    m=len(el); n=min(quota,m)
    for i in range(n):
        p=el[i*m//n][0]
        link=os.path.join(out,pkg,p.replace('/','_'))
        os.makedirs(os.path.dirname(link),exist_ok=True)
        if not os.path.exists(link): os.symlink(os.path.join(d,p),link)
        rows.append((os.path.relpath(link,out),pkg,p))
with open(out+'/SOURCES.tsv','w') as fh:
    fh.write('path\tpackage\tversion\tsource_file\tlicense\n')
    for r in rows: fh.write('%s\t%s\t-\t%s\t-\n'%r)
print(len(rows),'tracks', len(set(r[1] for r in rows)),'packages')
