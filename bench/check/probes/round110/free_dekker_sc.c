/* TRUTH: free — Dekker's algorithm with seq_cst atomics; shared log written only inside critical section */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int wants[2];
atomic_int turn;
int log_buf[64];
int log_len;

static void enter(int me) {
  int other = !me;
  atomic_store(&wants[me], 1);
  while (atomic_load(&wants[other])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&wants[me], 0);
      while (atomic_load(&turn) != me)
        ;
      atomic_store(&wants[me], 1);
    }
  }
}
static void leave(int me) {
  atomic_store(&turn, !me);
  atomic_store(&wants[me], 0);
}

static void *worker(void *arg) {
  int me = *(int *)arg;
  for (int i = 0; i < 32; i++) {
    enter(me);
    log_buf[log_len++] = me;
    leave(me);
  }
  return NULL;
}

int main(void) {
  pthread_t t[2];
  int ids[2] = {0, 1};
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &ids[i]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  printf("%d\n", log_len);
  return 0;
}
