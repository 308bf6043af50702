/* TRUTH: free — ticket lock (atomic fetch_add on next, acquire load of serving, release store) protects log_len/log */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
atomic_int next_ticket, now_serving;
int log_len;
int log_buf[16];
static void tlock(void) { int my = atomic_fetch_add(&next_ticket, 1); while (atomic_load_explicit(&now_serving, memory_order_acquire) != my) ; }
static void tunlock(void) { atomic_store_explicit(&now_serving, atomic_load_explicit(&now_serving, memory_order_relaxed) + 1, memory_order_release); }
void *worker(void *arg) {
  long id = (long)arg;
  for (int i = 0; i < 2; i++) {
    tlock();
    if (log_len < 16) log_buf[log_len++] = (int)id;
    tunlock();
  }
  return NULL;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
  if (log_len != 8) reach_error();
  return 0;
}
