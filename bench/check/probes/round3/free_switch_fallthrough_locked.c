/* TRUTH: free. Every case reaching g++ holds m: case 0 falls through into case 1, which
   locks itself; default locks too. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static int g;
static int zero_seen;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  switch (__VERIFIER_nondet_int()) {
  case 0:
    __atomic_store_n(&zero_seen, 1, __ATOMIC_RELAXED);
    /* fallthrough */
  case 1:
    pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m);
    break;
  default:
    pthread_mutex_lock(&m); g--; pthread_mutex_unlock(&m);
  }
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
