/* TRUTH: racy — producer(i) and checker(i) both run for each i and both write status[i] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 3

int status[N];

static void *producer(void *arg) {
  intptr_t i = (intptr_t)arg;
  usleep(500);
  status[i] = 1;
  return NULL;
}
static void *checker(void *arg) {
  intptr_t i = (intptr_t)arg;
  if (status[i] == 0) status[i] = -1;
  return NULL;
}

int main(void) {
  pthread_t p[N], c[N];
  for (intptr_t i = 0; i < N; i++) {
    pthread_create(&p[i], NULL, producer, (void *)i);
    pthread_create(&c[i], NULL, checker, (void *)i);
  }
  for (int i = 0; i < N; i++) { pthread_join(p[i], NULL); pthread_join(c[i], NULL); }
  printf("%d %d %d\n", status[0], status[1], status[2]);
  return 0;
}
