/* TRUTH: free. Early-return path unlocks before returning; g only touched under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  for (int i = 0; i < 20; i++) {
    pthread_mutex_lock(&m);
    if (g > 10) { pthread_mutex_unlock(&m); return NULL; }
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
