/* TRUTH: racy — four threads are created into t[i % 2], so t[0]/t[1] are overwritten; the join loop joins only the last two; the first two threads' hits++ race with main's read of hits (and each other) */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) { hits++; return 0; }
int main(void) {
  pthread_t t[2];
  int i;
  for (i = 0; i < 4; i++) pthread_create(&t[i % 2], 0, w, 0);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  return hits;
}
