/* TRUTH: free — table is written by main only before creating threads; threads only read it */
#include <pthread.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_15_init_then_readonly.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
#define N 4
int table[8];
int out[N];

void *lookup(void *arg) {
  int id = (int)(intptr_t)arg;
  out[id] = table[id * 2] + table[id * 2 + 1];
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < 8; i++) table[i] = __VERIFIER_nondet_int() & 0xff;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, lookup, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++)
    if (out[i] != table[2 * i] + table[2 * i + 1]) reach_error();
  return 0;
}
