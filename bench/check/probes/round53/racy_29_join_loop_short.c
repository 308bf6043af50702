/* TRUTH: racy — the join loop stops at N-1, so main reads part[N-1] while the last thread may be writing it */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_29_join_loop_short.c", 5, "reach_error"); }
#define N 4
int part[N];

void *work(void *arg) {
  int id = (int)(intptr_t)arg;
  part[id] = id * id;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)(intptr_t)i);
  for (int i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += part[i];
  if (s != 14) reach_error();
  return 0;
}
