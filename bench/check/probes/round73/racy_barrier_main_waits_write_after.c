/* TRUTH: racy — worker writes x (line 5) AFTER its barrier wait; main reads x (line 7) after its wait */ #include <pthread.h>
#include <stdlib.h>
int x; pthread_barrier_t b;
void *w(void *p){ pthread_barrier_wait(&b); x = 1; return 0; }
int main(void){ pthread_barrier_init(&b, 0, 2); pthread_t t; pthread_create(&t,0,w,0);
  pthread_barrier_wait(&b); int v = x; pthread_join(t,0); return v; }
