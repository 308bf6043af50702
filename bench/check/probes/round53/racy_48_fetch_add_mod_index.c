/* TRUTH: racy — three threads take idx = fetch_add % 2, so two of them get the same ring slot and both write it */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_48_fetch_add_mod_index.c", 5, "reach_error"); }
#define RING 2
#define N 3
atomic_int next;
int ring[RING];

void *put(void *arg) {
  int idx = atomic_fetch_add(&next, 1) % RING;
  ring[idx] = idx + 1;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, put, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (ring[0] != 1) reach_error();
  return 0;
}
