// free: the unlocked access is guarded by a compile-time constant false condition (DEBUG 0).
#include <pthread.h>
#define DEBUG 0
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stat;
void *w(void *a) {
  pthread_mutex_lock(&m);
  stat++;
  pthread_mutex_unlock(&m);
  if (DEBUG) stat = 0;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return stat;
}
