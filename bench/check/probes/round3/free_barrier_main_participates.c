/* TRUTH: free. Barrier of 3: main and two workers. Workers write distinct slots before the
   barrier; main sums after its wait. */
#include <pthread.h>
static int slot[2];
static pthread_barrier_t bar;
static void *w(void *v) { int *p = v; *p = 5; pthread_barrier_wait(&bar); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_barrier_init(&bar, NULL, 3);
  pthread_create(&t1, NULL, w, &slot[0]);
  pthread_create(&t2, NULL, w, &slot[1]);
  pthread_barrier_wait(&bar);
  int s = slot[0] + slot[1];
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return s;
}
