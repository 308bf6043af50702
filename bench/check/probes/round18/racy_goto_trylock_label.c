/* TRUTH: racy. with mode set, t2 jumps into the trylock branch at L without holding m and writes x */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, mode = 1;
void *t1(void *p) { pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m); return 0; }
void *t2(void *p) {
  int held = 0;
  if (mode)
    goto L;
  if (pthread_mutex_trylock(&m) == 0) {
    held = 1;
  L:
    x++;
  }
  if (held)
    pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
