/* TRUTH: free — recursive joinall(3) joins th[3..0]; then main reads a[3] */
#include <pthread.h>
int a[4];
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
pthread_t th[4];
void joinall(int k){ if(k<0) return; pthread_join(th[k],0); joinall(k-1); }
int main(void){ for(long i=0;i<4;i++) pthread_create(&th[i],0,t,(void*)i);
 joinall(3); return a[3]; }
