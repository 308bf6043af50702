/* TRUTH: free — ticket lock: next_ticket via __sync_fetch_and_add, now_serving read/written with __atomic acquire/release; shared_log only in the critical section */
#include <pthread.h>
#include <stdint.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define NT 3

unsigned next_ticket;
unsigned now_serving;
int shared_log[NT];
int log_pos;

static void tlock(void) {
  unsigned my = __sync_fetch_and_add(&next_ticket, 1);
  while (__atomic_load_n(&now_serving, __ATOMIC_ACQUIRE) != my)
    ;
}
static void tunlock(void) {
  unsigned n = __atomic_load_n(&now_serving, __ATOMIC_RELAXED);
  __atomic_store_n(&now_serving, n + 1, __ATOMIC_RELEASE);
}

void *t(void *arg) {
  tlock();
  shared_log[log_pos] = (int)(intptr_t)arg;
  log_pos++;
  tunlock();
  return 0;
}

int main(void) {
  pthread_t th[NT];
  int i;
  for (i = 0; i < NT; i++) pthread_create(&th[i], 0, t, (void *)(intptr_t)i);
  for (i = 0; i < NT; i++) pthread_join(th[i], 0);
  if (log_pos != NT) reach_error();
  return 0;
}
