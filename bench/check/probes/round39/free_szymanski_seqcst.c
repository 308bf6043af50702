/* TRUTH: free — Szymanski's algorithm (flag values 0..4) for 2 threads with seq_cst atomic flag[]: mutual exclusion; entry reads the flag value stored by the other's exit (release/acquire via seq_cst), so `log_len++` accesses are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#define N 2
void reach_error(void) { abort(); }
atomic_int flag[N];
int log_len;
static int all_in(int lo, int hi, int a, int b, int c) {
  for (int j = lo; j < hi; j++) {
    int f = atomic_load(&flag[j]);
    if (f != a && f != b && f != c) return 0;
  }
  return 1;
}
static int any_eq(int v) {
  for (int j = 0; j < N; j++)
    if (atomic_load(&flag[j]) == v) return 1;
  return 0;
}
static void lock(int i) {
  atomic_store(&flag[i], 1);
  while (!all_in(0, N, 0, 1, 2))
    ;
  atomic_store(&flag[i], 3);
  if (any_eq(1)) {
    atomic_store(&flag[i], 2);
    while (!any_eq(4))
      ;
  }
  atomic_store(&flag[i], 4);
  while (!all_in(0, i, 0, 1, 1))
    ;
}
static void unlock(int i) {
  while (!all_in(i + 1, N, 0, 1, 4))
    ;
  atomic_store(&flag[i], 0);
}
static void *worker(void *arg) {
  int id = (int)(long)arg;
  lock(id);
  log_len++;
  unlock(id);
  return NULL;
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL);
  pthread_join(t1, NULL);
  if (log_len != 2) reach_error();
  return 0;
}
