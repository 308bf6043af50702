/* TRUTH: racy — t1 writes a[i+4] {4..7}, t2 writes a[7-i] {7..4}: overlap everywhere */
#include <pthread.h>
int a[32];
void *t1(void *arg){ int i=(int)(long)arg; a[i+4]=1; return 0; }
void *t2(void *arg){ int i=(int)(long)arg; a[7-i]=2; return 0; }
int main(void){ pthread_t p[4],q[4]; for(int i=0;i<4;i++){ pthread_create(&p[i],0,t1,(void*)(long)i); pthread_create(&q[i],0,t2,(void*)(long)i); }
 for(int j=0;j<4;j++){ pthread_join(p[j],0); pthread_join(q[j],0); } return a[0]; }
