/* TRUTH: racy. Same as the phased loop but with one wait per round: thread 0's write of
   round r+1 can overlap thread 1's read of round r. */
#include <pthread.h>
static int buf;
static int seen;
static pthread_barrier_t bar;
static void *w(void *v) {
  long id = (long)v;
  for (int r = 0; r < 3; r++) {
    if (id == 0) buf = r;
    pthread_barrier_wait(&bar);
    if (id == 1) seen += buf;
  }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_barrier_init(&bar, NULL, 2);
  pthread_create(&t1, NULL, w, (void *)0);
  pthread_create(&t2, NULL, w, (void *)1);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return seen;
}
