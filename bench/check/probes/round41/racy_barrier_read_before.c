/* TRUTH: racy — thread id writes slot[id] and reads slot[1-id] (both line 7) before the barrier wait; thread 0 writing slot[0] races with thread 1 reading slot[0]. */
#include <pthread.h>
pthread_barrier_t bar;
int slot[2]; int got[2];
void *w(void *a) {
  long id = (long)a;
  slot[id] = (int)id + 10; got[id] = slot[1 - id];
  pthread_barrier_wait(&bar); return 0; }
int main(void) { pthread_t p, q; pthread_barrier_init(&bar, 0, 2);
  pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1);
  pthread_join(p, 0); pthread_join(q, 0); return got[0] + got[1]; }
