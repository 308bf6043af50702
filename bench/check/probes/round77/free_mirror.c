/* TRUTH: free — N=4 threads, thread i writes a[i] only if i < N/2 and a[N-1-i] only if i>=N/2: t0 a0, t1 a1, t2 a1? no: t2 writes a[1] — so restrict: thread i writes a[N-1-i]; bijection */
#include <pthread.h>
#define N 4
int a[N];
void *t(void *arg){ int i=*(int*)arg; a[N-1-i]+=1; return 0; }
int ids[N];
int main(void){ pthread_t th[N]; for(int i=0;i<N;i++){ ids[i]=i; pthread_create(&th[i],0,t,&ids[i]);}
 for(int i=N-1;i>=0;i--) pthread_join(th[i],0); return a[0]; }
