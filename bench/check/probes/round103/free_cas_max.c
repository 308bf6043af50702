/* TRUTH: free — 'maxv' is updated only by a __sync_val_compare_and_swap loop whose reads are __atomic_load_n; main reads after joins */
#include <pthread.h>

int maxv;

void update_max(int v) {
  int cur = __atomic_load_n(&maxv, __ATOMIC_SEQ_CST);
  while (v > cur) {
    int prev = __sync_val_compare_and_swap(&maxv, cur, v);
    if (prev == cur) break;
    cur = prev;
  }
}

void *worker(void *arg) {
  update_max((int)(long)arg);
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++)
    pthread_create(&t[i], 0, worker, (void *)(i * 7 % 5));
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return maxv;
}
