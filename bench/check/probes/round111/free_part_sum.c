/* TRUTH: free — thread i writes only part[i]; main reads part[i] after joining t[i] */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static long part[N];
static void *work(void *arg) {
  intptr_t id = (intptr_t)arg;
  long s = 0;
  for (long k = 0; k < 1000; k++) s += k * (id + 1);
  part[id] = s;
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
  return 0;
}
