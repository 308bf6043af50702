/* TRUTH: racy. Backward-goto loop: lock/unlock then g++ after the unlock. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  int i = 0;
top:
  pthread_mutex_lock(&m);
  pthread_mutex_unlock(&m);
  g++;
  if (++i < 3) goto top;
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}
