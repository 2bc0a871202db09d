#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "ndparity/case.h"
#include "ndparity/core.h"
#include "ref_internal.h"
static const char *D[] = {"bool","int8","uint8","int16","uint16","int32","uint32","int64","uint64","float16","float32","float64","complex64","complex128"};
static int dix(const char *s){ for(int i=0;i<14;i++) if(!strcmp(s,D[i])) return i; return -1; }
static struct ndp_tensor ones[14];
static struct ndp_tensor npc;
static void mkarg(const char *k, struct ndp_arg *a, const struct ndp_tensor **t) {
  memset(a,0,sizeof *a); *t=NULL;
  int d=dix(k);
  if (d>=0){ a->kind=NDP_ARG_REF; *t=&ones[d]; return; }
  if(!strcmp(k,"pyint")){a->kind=NDP_ARG_PYINT;a->pyint.mag=1;a->pyint.fval=1;}
  else if(!strcmp(k,"pyfloat")){a->kind=NDP_ARG_PYFLOAT;a->f=1;}
  else if(!strcmp(k,"pycomplex")){a->kind=NDP_ARG_PYCOMPLEX;a->re=0;a->im=1;}
  else if(!strcmp(k,"pybool")){a->kind=NDP_ARG_PYBOOL;a->b=true;}
  else if(!strcmp(k,"npc128")){a->kind=NDP_ARG_NPSCALAR;a->scalar=npc;*t=&npc;}
  else {fprintf(stderr,"bad %s\n",k);exit(2);}
}
int main(int argc,char**argv){
  for(int i=0;i<14;i++){ int64_t sh[1]={1}; ndp_tensor_empty((enum ndp_dtype)i,1,sh,'C',&ones[i],NULL);
    struct ndp_elem e; memset(&e,0,sizeof e); e.dtype=(enum ndp_dtype)i;
    switch(ndp_dtype_kind((enum ndp_dtype)i)){case NDP_KIND_BOOL:e.v.b=1;break;case NDP_KIND_INT:e.v.i=1;break;case NDP_KIND_UINT:e.v.u=1;break;case NDP_KIND_FLOAT:e.v.f=1;break;default:e.v.c.re=1;}
    ndp_elem_store((enum ndp_dtype)i,false,ones[i].buf->data,&e);}
  ndp_tensor_empty(NDP_COMPLEX128,0,NULL,'C',&npc,NULL); double one[2]={1,0}; memcpy(npc.buf->data,one,16);
  FILE*f=fopen(argv[1],"r"); char line[512]; long n=0,bad=0;
  while(fgets(line,sizeof line,f)){
    char *tok[8]; int nt=0; char*save; for(char*p=strtok_r(line," \n",&save);p&&nt<8;p=strtok_r(NULL," \n",&save)) tok[nt++]=p;
    enum ndp_op op; if(!ndp_op_parse(tok[0],&op)) {fprintf(stderr,"op %s\n",tok[0]); return 2;}
    int nin = ndp_op_class(op)==NDP_OPC_BINARY?2:1;
    struct ndp_step st; memset(&st,0,sizeof st); st.op=op; st.nargs=nin; struct ndp_arg args[2]; const struct ndp_tensor *opsT[2];
    for(int i=0;i<nin;i++) mkarg(tok[1+i],&args[i],&opsT[i]);
    st.args=args;
    const char *dt=tok[1+nin], *cs=tok[2+nin], *res=tok[3+nin];
    if(strcmp(dt,"-")){st.has_dtype=true; st.dtype=(enum ndp_dtype)dix(dt);}
    st.has_casting=true; ndp_casting_parse(cs,&st.casting);
    struct ndp_tensor out; struct ndp_error err; int64_t bc=0; memset(&err,0,sizeof err);
    enum ndp_status s=ndp_ref_ufunc(&st,opsT,&out,&bc,&err);
    char got[64];
    if(s==NDP_OK){ snprintf(got,sizeof got,"%s",D[out.dtype]); ndp_tensor_release(&out);} else snprintf(got,sizeof got,"!%s",s==NDP_ESTEP?ndp_errclass_name(err.cls):"INTERNAL");
    n++;
    if(strcmp(got,res)){ bad++; if(bad<=400 || argc>2) printf("%s %s %s %s want %s got %s (%s)\n",tok[0],tok[1],nin==2?tok[2]:"",dt,res,got,err.msg);} 
  }
  printf("checked %ld, mismatches %ld\n",n,bad); return 0;
}
