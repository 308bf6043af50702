/* TRUTH: racy — worker id locks locks[id] (a different mutex per thread) around the shared 'pending' counter */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 3

pthread_mutex_t locks[N];
int pending;

static void *worker(void *arg) {
  intptr_t id = (intptr_t)arg;
  for (int i = 0; i < 15; i++) {
    pthread_mutex_lock(&locks[id]);
    int p = pending;
    usleep(50);
    pending = p + 1;
    pthread_mutex_unlock(&locks[id]);
  }
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_mutex_init(&locks[i], NULL);
  for (intptr_t i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", pending);
  return 0;
}
