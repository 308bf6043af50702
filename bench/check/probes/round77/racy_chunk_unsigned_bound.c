/* TRUTH: racy — j < lim with lim=-1 signed vs unsigned j: lim converts to UINT_MAX, loop capped by j<5 so thread i writes a[4i..4i+4]; overlaps at a[4] */
#include <pthread.h>
int a[24]; int lim=-1;
void *t(void *arg){ int i=(int)(long)arg; for(unsigned j=0; j<lim && j<5; j++) a[4*i+j]=1; return 0; }
int main(void){ pthread_t th[4]; for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 for(int j=0;j<4;j++) pthread_join(th[j],0); return a[0]; }
