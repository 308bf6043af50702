/* TRUTH: free. while(1) loop exits only by break with m held. */
#include <pthread.h>
static int g, n;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  while (1) {
    pthread_mutex_lock(&m);
    if (n < 100) break;
    pthread_mutex_unlock(&m);
  }
  g++;
  n++;
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
