#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ndparity/case.h"
#include "ndparity/core.h"
#include "ref_internal.h"
static int hexv(char c){return c<='9'?c-'0':c-'a'+10;}
static void unhex(const char*s,unsigned char*o,size_t n){for(size_t i=0;i<n;i++)o[i]=(unsigned char)(hexv(s[2*i])*16+hexv(s[2*i+1]));}
static char *line; 
static void mk(enum ndp_dtype d,int64_t n,const char*hex,struct ndp_tensor*t){int64_t sh[1]={n};ndp_tensor_empty(d,1,sh,'C',t,NULL);unhex(hex,t->buf->data,(size_t)n*ndp_dtype_size(d));}
static double part(enum ndp_dtype d,const unsigned char*p,int k){struct ndp_elem e;ndp_elem_load(d,false,p,&e);switch(ndp_dtype_kind(d)){case NDP_KIND_BOOL:return e.v.b;case NDP_KIND_INT:return (double)e.v.i;case NDP_KIND_UINT:return (double)e.v.u;case NDP_KIND_FLOAT:return e.v.f;default:return k?e.v.c.im:e.v.c.re;}}
int main(int argc,char**argv){
  FILE*f=fopen(argv[1],"r"); size_t cap=0; ssize_t len; long total=0,bad=0,nanp=0,hard=0; double maxrel=0;
  while((len=getline(&line,&cap,f))>0){
    char*tok[8];int nt=0;char*sv;for(char*p=strtok_r(line," \n",&sv);p&&nt<8;p=strtok_r(NULL," \n",&sv))tok[nt++]=p;
    enum ndp_op op; ndp_op_parse(tok[0],&op); enum ndp_dtype d; bool sw; ndp_dtype_parse(tok[1],&d,&sw);
    int nin=ndp_op_class(op)==NDP_OPC_BINARY?2:1;
    struct ndp_step st; memset(&st,0,sizeof st); st.op=op; st.nargs=nin; struct ndp_arg args[2]; memset(args,0,sizeof args);
    st.args=args; struct ndp_tensor A,B; const struct ndp_tensor*ops[2];
    struct ndp_tensor out; struct ndp_error err; int64_t bc=0;
    if(!strcmp(tok[2],"ERR")){ int64_t sh[1]={1}; ndp_tensor_empty(d,1,sh,'C',&A,NULL); ops[0]=ops[1]=&A;
      enum ndp_status s=ndp_ref_ufunc(&st,ops,&out,&bc,&err); if(s==NDP_OK){printf("%s %s: expected error %s, got OK\n",tok[0],tok[1],tok[3]);bad++;ndp_tensor_release(&out);} ndp_tensor_release(&A); continue; }
    int64_t n=atoll(tok[2]); mk(d,n,tok[3],&A); ops[0]=&A; if(nin==2){mk(d,n,tok[4],&B);ops[1]=&B;}
    enum ndp_dtype od; ndp_dtype_parse(tok[5],&od,&sw);
    enum ndp_status s=ndp_ref_ufunc(&st,ops,&out,&bc,&err);
    if(s!=NDP_OK){printf("%s %s: error %s\n",tok[0],tok[1],err.msg);bad++;goto next;}
    if(out.dtype!=od){printf("%s %s: dtype %s want %s\n",tok[0],tok[1],ndp_dtype_name(out.dtype),tok[5]);bad++;goto rel;}
    {int sz=ndp_dtype_size(od); unsigned char*want=malloc((size_t)n*sz); unhex(tok[6],want,(size_t)n*sz); int shown=0;
    int isz=ndp_dtype_size(d);
    for(int64_t i=0;i<n;i++){ total++; const unsigned char*g=out.buf->data+i*sz,*w=want+i*sz; if(!memcmp(g,w,sz))continue;
      bool nanok=true; int parts=ndp_dtype_kind(od)==NDP_KIND_COMPLEX?2:1;
      if(ndp_dtype_kind(od)==NDP_KIND_FLOAT||ndp_dtype_kind(od)==NDP_KIND_COMPLEX){for(int k=0;k<parts;k++){double gv=part(od,g,k),wv=part(od,w,k); if(!(isnan(gv)&&isnan(wv)) && memcmp(g+k*sz/parts,w+k*sz/parts,sz/parts)) nanok=false;}} else nanok=false;
      if(nanok){nanp++;continue;}
      {double gv=part(od,g,0),wv=part(od,w,0); double re=fabs(gv-wv)/fabs(wv); if(!(re<=maxrel))maxrel=re; if(isnan(gv)!=isnan(wv)||isinf(gv)!=isinf(wv))hard++;} bad++; if(shown++<0){ printf("%s %s [%lld]: a=(%.17g,%.17g)",tok[0],tok[1],(long long)i,part(d,A.buf->data+i*isz,0),part(d,A.buf->data+i*isz,1)); if(nin==2)printf(" b=(%.17g,%.17g)",part(d,B.buf->data+i*isz,0),part(d,B.buf->data+i*isz,1)); printf(" got=(%.17g,%.17g) want=(%.17g,%.17g)\n",part(od,g,0),part(od,g,1),part(od,w,0),part(od,w,1)); }
    }
    free(want);}
  rel: ndp_tensor_release(&out);
  next: ndp_tensor_release(&A); if(nin==2) ndp_tensor_release(&B);
  }
  printf("elements %ld, mismatches %ld (max rel %.3g, nan/inf disagreements %ld), nan-payload-only %ld\n",total,bad,maxrel,hard,nanp);
}
