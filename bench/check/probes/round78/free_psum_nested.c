/* TRUTH: free — thread 0 spawns a helper that adds into gtotal under gm; joined by thread 0 before it returns; main joins thread 0 */
#include <pthread.h>
#include <stdio.h>
#define N 1000
#define T 4
int data[N];
long partial[T];
long gtotal;
pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static void *helper(void *arg) { pthread_mutex_lock(&gm); gtotal += 1; pthread_mutex_unlock(&gm); return 0; }
static void *sum(void *arg) {
  int id = (int)(long)arg;
  long s = 0;
  for (int i = id; i < N; i += T) s += data[i];
  if (id == 0) { pthread_t h; pthread_create(&h, 0, helper, 0); pthread_join(h, 0); }
  pthread_mutex_lock(&gm); gtotal += s; pthread_mutex_unlock(&gm);
  return 0;
}
int main(void) {
  pthread_t t[T];
  for (int i = 0; i < N; i++) data[i] = i;
  for (long i = 0; i < T; i++) pthread_create(&t[i], 0, sum, (void *)i);
  for (int i = 0; i < T; i++) pthread_join(t[i], 0);
  long total = 0;
  total = gtotal;
  printf("%ld\n", total);
  return 0;
}
