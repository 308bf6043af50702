/* TRUTH: free — second thread is created only after the first is joined, so their unlocked writes to g are ordered */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_14_sequential_threads.c", 4, "reach_error"); }
int g;

void *step(void *arg) {
  g = g + 1;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, step, 0);
  pthread_join(t1, 0);
  pthread_create(&t2, 0, step, 0);
  pthread_join(t2, 0);
  if (g != 2) reach_error();
  return 0;
}
