/* TRUTH: racy — thread i gets &ids[i] with ids[i] = N-1-i and writes part[ids[i]]; main reads part[i] after joining t[i] */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 4
static long part[N];
static void *work(void *arg) {
  int id = *(int *)arg;
  usleep(5000 * (N - id));
  part[id] = id * 10 + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int ids[N];
  long sum = 0;
  for (int i = 0; i < N; i++) {
    ids[i] = N - 1 - i;
    pthread_create(&t[i], 0, work, &ids[i]);
  }
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  printf("%ld\n", sum);
  return 0;
}
