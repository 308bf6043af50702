/* TRUTH: racy — each worker publishes &my_count (its TLS) in a global table; the monitor thread zeroes them while workers increment */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 2

static _Thread_local int my_count;
int *counters[N];
pthread_barrier_t ready;

static void *worker(void *arg) {
  long id = (long)arg;
  counters[id] = &my_count;
  pthread_barrier_wait(&ready);
  for (int i = 0; i < 20; i++) { my_count++; usleep(100); }
  return NULL;
}

static void *monitor(void *arg) {
  (void)arg;
  pthread_barrier_wait(&ready);
  for (int i = 0; i < 10; i++) {
    for (int k = 0; k < N; k++) *counters[k] = 0;
    usleep(150);
  }
  return NULL;
}

int main(void) {
  pthread_t t[N], m;
  pthread_barrier_init(&ready, NULL, N + 1);
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  pthread_create(&m, NULL, monitor, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  pthread_join(m, NULL);
  printf("done\n");
  return 0;
}
