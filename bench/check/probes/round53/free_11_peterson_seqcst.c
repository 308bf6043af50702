/* TRUTH: free — Peterson's algorithm with seq_cst C11 atomics for flag/turn gives mutual exclusion, so cs is ordered */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_11_peterson_seqcst.c", 5, "reach_error"); }
atomic_int flag0, flag1, turn;
int cs;

void *thr0(void *arg) {
  atomic_store(&flag0, 1);
  atomic_store(&turn, 1);
  while (atomic_load(&flag1) == 1 && atomic_load(&turn) == 1) { }
  cs = 0;
  if (cs != 0) reach_error();
  atomic_store(&flag0, 0);
  return NULL;
}

void *thr1(void *arg) {
  atomic_store(&flag1, 1);
  atomic_store(&turn, 0);
  while (atomic_load(&flag0) == 1 && atomic_load(&turn) == 0) { }
  cs = 1;
  if (cs != 1) reach_error();
  atomic_store(&flag1, 0);
  return NULL;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, thr0, NULL);
  pthread_create(&b, NULL, thr1, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
