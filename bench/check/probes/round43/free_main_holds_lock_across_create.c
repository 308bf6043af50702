/* TRUTH: free — main takes m, creates the thread, writes x, then unlocks; the thread writes x under m; main reads x after join */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { pthread_mutex_lock(&m); x = 2; pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_mutex_lock(&m);
  pthread_create(&t, 0, w, 0);
  x = 1;
  pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}
