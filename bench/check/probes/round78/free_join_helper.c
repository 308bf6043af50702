/* TRUTH: free — threads joined inside helper join_all(); main reads results after it returns */
#include <pthread.h>
#include <stdio.h>
#define T 3
long res[T]; pthread_t th[T];
static void *w(void *arg) { int id = (int)(long)arg; res[id] = id * 100; return 0; }
static void join_all(void) { for (int i = 0; i < T; i++) pthread_join(th[i], 0); }
static void spawn_all(void) { for (long i = 0; i < T; i++) pthread_create(&th[i], 0, w, (void *)i); }
int main(void) {
  spawn_all();
  join_all();
  res[0] += res[1] + res[2];
  printf("%ld\n", res[0]);
  return 0;
}
