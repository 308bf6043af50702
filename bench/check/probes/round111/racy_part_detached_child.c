/* TRUTH: racy — thread i starts a detached child that later writes part[i]; main reads part[i] after joining only thread i */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 4
static long part[N];
static void *late(void *arg) {
  intptr_t id = (intptr_t)arg;
  usleep(20000);
  part[id] = 100 + id;
  return 0;
}
static void *work(void *arg) {
  pthread_t c;
  pthread_create(&c, 0, late, arg);
  pthread_detach(c);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long sum = 0;
  for (intptr_t i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  printf("%ld\n", sum);
  usleep(100000);
  return 0;
}
