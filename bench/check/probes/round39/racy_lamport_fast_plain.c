/* TRUTH: racy — same algorithm with plain x, y, b[]: worker 1 stores x=1 while worker 2 stores x=2 / reads x, unordered (also y and b[j]). */
#include <pthread.h>
#include <stdlib.h>
#define N 2
void reach_error(void) { abort(); }
int x, y;
int b[N + 1];
int hits;
static void lock(int i) {
  for (;;) {
    b[i] = 1;
    x = i;
    if (y != 0) {
      b[i] = 0;
      while (y != 0)
        ;
      continue;
    }
    y = i;
    if (x != i) {
      b[i] = 0;
      for (int j = 1; j <= N; j++)
        while (b[j])
          ;
      if (y != i) {
        while (y != 0)
          ;
        continue;
      }
    }
    return;
  }
}
static void unlock(int i) {
  y = 0;
  b[i] = 0;
}
static void *worker(void *arg) {
  int id = (int)(long)arg;
  lock(id);
  hits++;
  unlock(id);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_create(&t2, NULL, worker, (void *)2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  if (hits != 2) reach_error();
  return 0;
}
