/* TRUTH: free — barrier of count 2, two threads: each writes its own slot before the wait (line 7) and reads the other's after it (line 8); barrier orders them. */
#include <pthread.h>
pthread_barrier_t bar;
int slot[2]; int got[2];
void *w(void *a) {
  long id = (long)a;
  slot[id] = (int)id + 10; pthread_barrier_wait(&bar);
  got[id] = slot[1 - id]; return 0; }
int main(void) { pthread_t p, q; pthread_barrier_init(&bar, 0, 2);
  pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1);
  pthread_join(p, 0); pthread_join(q, 0); return got[0] + got[1]; }
