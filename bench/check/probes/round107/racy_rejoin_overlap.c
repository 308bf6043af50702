/* TRUTH: racy — round 0 joins h[0] and starts f2(0), which reads x[1] while f1(1) (h[1], not yet joined) writes x[1] */
#include <pthread.h>
int x[3];
int r[2];
void *f1(void *a){ long id = (long)a; x[id] = 1; return 0; }
void *f2(void *a){ long id = (long)a; r[id] = x[id + 1]; return 0; }
int main(void){ pthread_t h[2];
  for (long i = 0; i < 2; i++) pthread_create(&h[i],0,f1,(void*)i);
  for (long i = 0; i < 2; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,(void*)i); }
  for (long i = 0; i < 2; i++) pthread_join(h[i],0); return 0; }
