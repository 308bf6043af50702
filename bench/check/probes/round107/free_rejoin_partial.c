/* TRUTH: free — as racy_rejoin_partial but h[0] is joined before the join/create loop over h[1] */
#include <pthread.h>
int x[2];
void *f1(void *a){ long id = (long)a; x[id] = 1; return 0; }
void *f2(void *a){ (void)a; x[0] = 2; return 0; }
int main(void){ pthread_t h[2];
  for (long i = 0; i < 2; i++) pthread_create(&h[i],0,f1,(void*)i);
  pthread_join(h[0],0);
  for (int i = 1; i < 2; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); }
  pthread_join(h[1],0); return x[0] != 2; }
