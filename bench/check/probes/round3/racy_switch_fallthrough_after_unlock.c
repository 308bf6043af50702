/* TRUTH: racy. case 0 locks/increments/unlocks then falls through into case 1's unlocked h++. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g, h;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  switch (__VERIFIER_nondet_int()) {
  case 0:
    pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
    /* fallthrough */
  case 1:
    h++;
    break;
  default:
    break;
  }
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g + h;
}
