/* TRUTH: racy — f1(i) writes x[i] on h[0], h[1]; the join/create loop only handles h[1], so f2 (writes x[0]) runs alongside f1(0) on h[0] */
#include <pthread.h>
int x[2];
void *f1(void *a){ long id = (long)a; x[id] = 1; return 0; }
void *f2(void *a){ (void)a; x[0] = 2; return 0; }
int main(void){ pthread_t h[2];
  for (long i = 0; i < 2; i++) pthread_create(&h[i],0,f1,(void*)i);
  for (int i = 1; i < 2; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); }
  for (int i = 0; i < 2; i++) pthread_join(h[i],0); return 0; }
