/* TRUTH: racy — second barrier removed: thread k reads bsum[k-1] while thread 0 is still writing bsum[] in its scan */
#include <pthread.h>
#include <stdio.h>
#define N 64
#define T 4
#define BS (N / T)
long a[N];
long bsum[T];
pthread_barrier_t bar;
static void *scan(void *arg) {
  int id = (int)(long)arg;
  long *b = a + id * BS;
  for (int i = 1; i < BS; i++) b[i] += b[i - 1];
  bsum[id] = b[BS - 1];
  pthread_barrier_wait(&bar);
  if (id == 0) for (int i = 1; i < T; i++) bsum[i] += bsum[i - 1];
  long off = id > 0 ? bsum[id - 1] : 0;
  for (int i = 0; i < BS; i++) b[i] += off;
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) a[i] = 1;
  pthread_barrier_init(&bar, 0, T);
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, scan, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  printf("%ld\n", a[N - 1]);
  return 0;
}
