/* TRUTH: free — thread i gets &ids[i] (ids[i] = i) and writes part[i]; main reads part[i] after joining t[i] */
#include <pthread.h>
#include <stdio.h>
#define N 4
static long part[N];
static void *work(void *arg) {
  int id = *(int *)arg;
  part[id] = (long)id * id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int ids[N];
  long sum = 0;
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, work, &ids[i]);
  }
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  printf("%ld\n", sum);
  return 0;
}
