/* TRUTH: racy. Count 2 barrier; both threads write g AFTER the barrier. */
#include <pthread.h>
static int g;
static pthread_barrier_t bar;
static void *w(void *v) { pthread_barrier_wait(&bar); g = (int)(long)v; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&t1, NULL, w, (void *)1);
  pthread_create(&t2, NULL, w, (void *)2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
