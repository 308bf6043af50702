/* TRUTH: free — work items are claimed by atomic fetch_add on next_item, so each out[idx] is written by exactly one thread; main reads after joins */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define ITEMS 8

atomic_int next_item;
int out[ITEMS];

void *worker(void *arg) {
  for (;;) {
    int idx = atomic_fetch_add(&next_item, 1);
    if (idx >= ITEMS) break;
    out[idx] = idx * idx;
  }
  return 0;
}

int main(void) {
  pthread_t t[3];
  int i;
  for (i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, 0);
  for (i = 0; i < 3; i++) pthread_join(t[i], 0);
  for (i = 0; i < ITEMS; i++) if (out[i] != i * i) reach_error();
  return 0;
}
