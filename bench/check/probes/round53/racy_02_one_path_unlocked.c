/* TRUTH: racy — on the fast path (nondet) total is incremented without taking m, concurrently with the locked path of another thread */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_02_one_path_unlocked.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;

void *adder(void *arg) {
  int fast = __VERIFIER_nondet_int();
  if (fast) {
    total += 1;
  } else {
    pthread_mutex_lock(&m);
    total += 1;
    pthread_mutex_unlock(&m);
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, adder, NULL);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (total > 2) reach_error();
  return 0;
}
