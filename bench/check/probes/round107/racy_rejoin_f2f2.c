/* TRUTH: racy — the f2 threads of rounds 0 and 1 are both alive (joined only at the end) and both increment cnt */
#include <pthread.h>
int cnt;
void *f1(void *a){ (void)a; return 0; }
void *f2(void *a){ (void)a; cnt++; return 0; }
int main(void){ pthread_t h[2];
  for (int i = 0; i < 2; i++) pthread_create(&h[i],0,f1,0);
  for (int i = 0; i < 2; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); }
  for (int i = 0; i < 2; i++) pthread_join(h[i],0); return 0; }
