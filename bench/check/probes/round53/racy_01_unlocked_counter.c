/* TRUTH: racy — all threads do counter++ with no synchronisation */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_01_unlocked_counter.c", 4, "reach_error"); }
#define N 3
int counter;

void *worker(void *arg) {
  counter++;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (counter > N) reach_error();
  return 0;
}
