/* TRUTH: racy — main reads sum between creating and joining the workers, which write sum under a lock main does not take */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_08_read_before_join.c", 4, "reach_error"); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int sum;

void *adder(void *arg) {
  pthread_mutex_lock(&m);
  sum += 3;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, adder, NULL);
  int snapshot = sum;
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (snapshot > sum) reach_error();
  return 0;
}
