/* TRUTH: racy. t1 returns &g (joined, fine); main then writes *p while t2 (still running) writes g. */
#include <pthread.h>
int g;
void *t1(void *a) { (void)a; return &g; }
void *t2(void *a) { (void)a; g = 1; return 0; }
int main(void) { pthread_t a, b; void *p;
  pthread_create(&a, 0, t1, 0); pthread_join(a, &p);
  pthread_create(&b, 0, t2, 0);
  *(int *)p = 2;
  pthread_join(b, 0); return 0; }
