/* TRUTH: racy. mode is 1 when the threads run, so each jumps to skip and writes x unlocked */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, mode;
void *t(void *p) {
  if (mode)
    goto skip;
  pthread_mutex_lock(&m);
  x++;
  pthread_mutex_unlock(&m);
  return 0;
skip:
  x++;
  return 0;
}
int main(void) {
  pthread_t a, b;
  mode = 1;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
