/* TRUTH: racy. goto done leaves the loop after the unlock; x = 0 at done is unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *p) {
  int i;
  for (i = 0; i < 10; i++) {
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    if (i == 3)
      goto done;
  }
  return 0;
done:
  x = 0;
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
