/* TRUTH: free. The loop always leaves via break at i == 1 with m held (i == 3 exit is
   unreachable); g++ after the loop is under m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  for (int i = 0; i < 3; i++) {
    pthread_mutex_lock(&m);
    if (i == 1) break;
    pthread_mutex_unlock(&m);
  }
  g++;
  pthread_mutex_unlock(&m);
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
