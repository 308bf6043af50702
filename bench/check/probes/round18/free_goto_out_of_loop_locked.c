/* TRUTH: race-free. goto done leaves the loop still holding m; x is written under m everywhere */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *p) {
  int i;
  for (i = 0; i < 10; i++) {
    pthread_mutex_lock(&m);
    if (x > 100)
      goto done;
    x++;
    pthread_mutex_unlock(&m);
  }
  return 0;
done:
  x = 0;
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
