/* TRUTH: free — counter is _Atomic and only accessed through atomic operations */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_03_c11_atomic_counter.c", 5, "reach_error"); }
#define N 3
atomic_int counter;

void *inc(void *arg) {
  for (int k = 0; k < 10; k++)
    atomic_fetch_add(&counter, 1);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  atomic_init(&counter, 0);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, inc, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (atomic_load(&counter) != 30) reach_error();
  return 0;
}
