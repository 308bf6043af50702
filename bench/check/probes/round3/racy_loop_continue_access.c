/* TRUTH: racy. On i == 3 the thread unlocks, then increments g before continue. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  for (int i = 0; i < 5; i++) {
    pthread_mutex_lock(&m);
    if (i == 3) { pthread_mutex_unlock(&m); g++; continue; }
    g++;
    pthread_mutex_unlock(&m);
  }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
