/* TRUTH: free — each round joins h[i], starts f2 and joins it again before the next round; f2s never overlap, f1 touches nothing */
#include <pthread.h>
int cnt;
void *f1(void *a){ (void)a; return 0; }
void *f2(void *a){ (void)a; cnt++; return 0; }
int main(void){ pthread_t h[3];
  for (int i = 0; i < 3; i++) pthread_create(&h[i],0,f1,0);
  for (int i = 0; i < 3; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); pthread_join(h[i],0); }
  return cnt != 3; }
