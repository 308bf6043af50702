/* TRUTH: racy — thread i writes a[i] and a[N-1-i]; thread 0 and thread 3 both write a[0] and a[3] */
#include <pthread.h>
#define N 4
int a[N];
void *t(void *arg){ int i=*(int*)arg; a[N-1-i]+=1; a[i]+=1; return 0; }
int ids[N];
int main(void){ pthread_t th[N]; for(int i=0;i<N;i++){ ids[i]=i; pthread_create(&th[i],0,t,&ids[i]);}
 for(int i=N-1;i>=0;i--) pthread_join(th[i],0); return a[0]; }
