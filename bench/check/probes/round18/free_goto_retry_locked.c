/* TRUTH: race-free. backward goto retry loop; x is always accessed under m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *p) {
  int tries = 0;
retry:
  pthread_mutex_lock(&m);
  if (x % 3 == 1 && tries++ < 3) {
    pthread_mutex_unlock(&m);
    goto retry;
  }
  x++;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
