/* TRUTH: free — only one f1 thread; the loop runs once: join h[0], then start f2 that writes the same var f1 wrote */
#include <pthread.h>
int v;
void *f1(void *a){ (void)a; v = 1; return 0; }
void *f2(void *a){ (void)a; v = 2; return 0; }
int main(void){ pthread_t h[1];
  for (int i = 0; i < 1; i++) pthread_create(&h[i],0,f1,0);
  for (int i = 0; i < 1; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,0); }
  for (int i = 0; i < 1; i++) pthread_join(h[i],0); return v != 2; }
