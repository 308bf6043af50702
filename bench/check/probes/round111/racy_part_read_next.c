/* TRUTH: racy — after joining t[i] main reads part[i+1], still being written by thread i+1 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 4
static long part[N];
static void *work(void *arg) {
  intptr_t id = (intptr_t)arg;
  usleep(5000 * id);
  part[id] = id * 10;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long sum = 0;
  for (intptr_t i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    if (i + 1 < N) sum += part[i + 1];
  }
  printf("%ld\n", sum);
  return 0;
}
