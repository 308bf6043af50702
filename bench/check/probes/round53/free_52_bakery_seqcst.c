/* TRUTH: free — Lamport bakery with seq_cst atomic choosing/number arrays; tickets is mutually excluded */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_52_bakery_seqcst.c", 6, "reach_error"); }
#define N 3
atomic_int choosing[N];
atomic_int number[N];
int tickets;

static void lock(int i) {
  atomic_store(&choosing[i], 1);
  int mx = 0;
  for (int j = 0; j < N; j++) { int v = atomic_load(&number[j]); if (v > mx) mx = v; }
  atomic_store(&number[i], mx + 1);
  atomic_store(&choosing[i], 0);
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
    while (atomic_load(&choosing[j])) { }
    while (1) {
      int nj = atomic_load(&number[j]);
      int ni = atomic_load(&number[i]);
      if (nj == 0 || nj > ni || (nj == ni && j > i)) break;
    }
  }
}
static void unlock(int i) { atomic_store(&number[i], 0); }

void *customer(void *arg) {
  int id = (int)(intptr_t)arg;
  lock(id);
  tickets++;
  unlock(id);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, customer, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (tickets != N) reach_error();
  return 0;
}
