/* TRUTH: racy — swap_first() exchanges t[0] and t[1]; joining t[0] waits for thread 1 while main reads part[0] written by thread 0 */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#define N 4
static long part[N];
static void swap_first(pthread_t *h) { pthread_t x = h[0]; h[0] = h[1]; h[1] = x; }
static void *work(void *arg) {
  intptr_t id = (intptr_t)arg;
  usleep(id == 0 ? 30000 : 0);
  part[id] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long sum = 0;
  for (intptr_t i = 0; i < N; i++)
    pthread_create(&t[i], 0, work, (void *)i);
  swap_first(t);
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    sum += part[i];
  }
  printf("%ld\n", sum);
  return 0;
}
