/* TRUTH: free — only the single thread whose atomic_exchange returned 0 writes winner_id; main reads it after joins */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_35_exchange_claim.c", 6, "reach_error"); }
#define N 4
atomic_int claimed;
int winner_id = -1;

void *racer(void *arg) {
  int id = (int)(intptr_t)arg;
  if (atomic_exchange(&claimed, 1) == 0)
    winner_id = id;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, racer, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (winner_id < 0 || winner_id >= N) reach_error();
  return 0;
}
