/* TRUTH: free — spin lock via __atomic_exchange_n(ACQUIRE) and __atomic_store_n(0, RELEASE); queue_len only accessed inside it */
#include <pthread.h>
extern void abort(void);
void reach_error(void) { abort(); }

int spin;
int queue_len;

static inline void acquire(void) {
  while (__atomic_exchange_n(&spin, 1, __ATOMIC_ACQUIRE) != 0) {
    while (__atomic_load_n(&spin, __ATOMIC_RELAXED) != 0)
      ;
  }
}
static inline void release(void) { __atomic_store_n(&spin, 0, __ATOMIC_RELEASE); }

void *enq(void *a) {
  int i;
  for (i = 0; i < 4; i++) { acquire(); queue_len++; release(); }
  return 0;
}
void *deq(void *a) {
  int i;
  for (i = 0; i < 4; i++) { acquire(); if (queue_len > 0) queue_len--; release(); }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, enq, 0);
  pthread_create(&b, 0, deq, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (queue_len < 0) reach_error();
  return 0;
}
