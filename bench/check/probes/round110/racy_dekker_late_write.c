/* TRUTH: racy — Dekker's lock is correct, but log_len++ is done after leave(), outside the critical section */
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
  for (int i = 0; i < 30; i++) {
    enter(me);
    int pos = log_len;
    log_buf[pos] = me;
    leave(me);
    log_len = pos + 1;
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
