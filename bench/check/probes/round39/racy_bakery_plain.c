/* TRUTH: racy — choosing[] and number[] are plain ints: thread i writes number[i] while thread j reads number[i] in its max loop and wait loop, unordered. */
#include <pthread.h>
#include <stdlib.h>
#define N 3
void reach_error(void) { abort(); }
int choosing[N];
int number[N];
int total;
static void lock(int i) {
  choosing[i] = 1;
  int max = 0;
  for (int j = 0; j < N; j++) {
    int n = number[j];
    if (n > max) max = n;
  }
  number[i] = max + 1;
  choosing[i] = 0;
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
    while (choosing[j])
      ;
    for (;;) {
      int nj = number[j];
      int ni = number[i];
      if (nj == 0 || nj > ni || (nj == ni && j > i)) break;
    }
  }
}
static void unlock(int i) { number[i] = 0; }
static void *worker(void *arg) {
  int id = (int)(long)arg;
  lock(id);
  total += id + 1;
  unlock(id);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (total != 6) reach_error();
  return 0;
}
