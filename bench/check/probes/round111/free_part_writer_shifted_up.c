/* TRUTH: free — thread i writes part[i+1]; main reads part[i] after joining t[i], and thread i-1 was joined earlier */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static long part[N + 1];
static void *work(void *arg) {
  intptr_t id = (intptr_t)arg;
  part[id + 1] = id * 10 + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long sum = 0;
  part[0] = 5;
  for (intptr_t i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  sum += part[N];
  printf("%ld\n", sum);
  return 0;
}
