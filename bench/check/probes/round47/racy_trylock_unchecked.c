/* TRUTH: racy — the result of pthread_mutex_trylock is ignored: if it fails, the thread writes stat without holding m */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stat;
void *t(void *a) {
  int r = pthread_mutex_trylock(&m);
  stat++;
  if (r == 0) pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return stat;
}
