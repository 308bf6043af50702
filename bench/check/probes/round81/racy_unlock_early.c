/* TRUTH: racy — worker unlocks before the write (write outside critical section) */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { pthread_mutex_lock(&m); int v = x; pthread_mutex_unlock(&m); x = v + 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}
