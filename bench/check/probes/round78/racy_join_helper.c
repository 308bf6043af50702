/* TRUTH: racy — main updates res[0] between spawn_all() and join_all(), concurrently with thread 0's write of res[0] */
#include <pthread.h>
#include <stdio.h>
#define T 3
long res[T]; pthread_t th[T];
static void *w(void *arg) { int id = (int)(long)arg; res[id] = id * 100; return 0; }
static void join_all(void) { for (int i = 0; i < T; i++) pthread_join(th[i], 0); }
static void spawn_all(void) { for (long i = 0; i < T; i++) pthread_create(&th[i], 0, w, (void *)i); }
int main(void) {
  spawn_all();
  res[0] += 1;
  join_all();
  res[0] += res[1] + res[2];
  printf("%ld\n", res[0]);
  return 0;
}
