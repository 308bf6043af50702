/* TRUTH: racy — f2 of round 0 writes v while f1 of h[1] (not yet joined) also writes v */
#include <pthread.h>
int v;
void *f1(void *a){ (void)a; v = 1; return 0; }
void *f2(void *a){ (void)a; v = 2; return 0; }
int main(void){ pthread_t h[2];
  for (int i = 0; i < 2; i++) pthread_create(&h[i],0,f1,0);
  for (int i = 0; i < 2; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); }
  for (int i = 0; i < 2; i++) pthread_join(h[i],0); return 0; }
