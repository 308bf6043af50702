/* TRUTH: racy. Loop breaks at i == 1 after unlocking; g++ after the loop unlocked. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&m);
    if (i == 1) { pthread_mutex_unlock(&m); break; }
    pthread_mutex_unlock(&m);
  }
  g++;
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
