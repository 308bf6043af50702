/* TRUTH: racy — the thread writes x before it ever takes the mutex, concurrently with main's locked write */
#include <pthread.h>
int x, y; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *t(void *a) {
  x = 1;
  pthread_mutex_lock(&m); y++; pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  pthread_mutex_lock(&m); x = 2; y++; pthread_mutex_unlock(&m);
  pthread_join(th, 0);
  return x + y;
}
