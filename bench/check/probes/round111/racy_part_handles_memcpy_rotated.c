/* TRUTH: racy — memcpy rotates the handle array; joining t[i] waits for thread i+1 while main reads part[i] written by thread i */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#define N 4
static long part[N];
static void *work(void *arg) {
  intptr_t id = (intptr_t)arg;
  usleep(id == 0 ? 30000 : 0);
  part[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N], rot[N];
  long sum = 0;
  for (intptr_t i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N; i++) rot[i] = t[(i + 1) % N];
  memcpy(t, rot, sizeof t);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  printf("%ld\n", sum);
  return 0;
}
