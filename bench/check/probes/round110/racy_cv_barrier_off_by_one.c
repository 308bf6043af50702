/* TRUTH: racy — hand-made barrier releases when arrived == N-1, so the last thread's vals write races with others' reads */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 3

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int arrived, generation;
int vals[N], sums[N];

static void barrier(void) {
  pthread_mutex_lock(&m);
  int gen = generation;
  if (++arrived == N - 1) { generation++; pthread_cond_broadcast(&cv); }
  else if (arrived < N - 1) while (gen == generation) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
}

static void *worker(void *arg) {
  intptr_t id = (intptr_t)arg;
  if (id == N - 1) usleep(3000);
  vals[id] = (int)(id + 1) * 10;
  barrier();
  int s = 0;
  for (int i = 0; i < N; i++) s += vals[i];
  sums[id] = s;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d %d\n", sums[0], sums[1], sums[2]);
  return 0;
}
