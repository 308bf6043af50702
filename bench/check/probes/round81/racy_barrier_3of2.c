/* TRUTH: racy — barrier count 2 but 3 participants: main and worker B can pass the barrier together while worker A is still writing data */
#include <pthread.h>
pthread_barrier_t b;
int data;
void *wa(void *a) { data = 7; pthread_barrier_wait(&b); return 0; }
void *wb(void *a) { pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t ta, tb;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&ta, 0, wa, 0);
  pthread_create(&tb, 0, wb, 0);
  pthread_barrier_wait(&b);
  int v = data;
  pthread_join(ta, 0); pthread_join(tb, 0);
  return v;
}
