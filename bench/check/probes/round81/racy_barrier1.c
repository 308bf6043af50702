/* TRUTH: racy — barrier count 1: each pthread_barrier_wait returns immediately; main reads data before worker writes it */
#include <pthread.h>
pthread_barrier_t b;
int data;
void *w(void *a) { data = 7; pthread_barrier_wait(&b); return 0; }
int main(void) {
  pthread_t t;
  pthread_barrier_init(&b, 0, 1);
  pthread_create(&t, 0, w, 0);
  pthread_barrier_wait(&b);
  int v = data;
  pthread_join(t, 0);
  return v;
}
