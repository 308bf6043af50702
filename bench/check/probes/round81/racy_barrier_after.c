/* TRUTH: racy — worker writes data after the barrier; main reads after the barrier */
#include <pthread.h>
pthread_barrier_t b;
int data;
void *w(void *a) { pthread_barrier_wait(&b); data = 7; return 0; }
int main(void) {
  pthread_t t;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&t, 0, w, 0);
  pthread_barrier_wait(&b);
  int v = data;
  pthread_join(t, 0);
  return v;
}
