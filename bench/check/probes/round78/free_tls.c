/* TRUTH: free — scratch is _Thread_local, each thread has its own copy; results to res[id] */
#include <pthread.h>
#include <stdio.h>
static _Thread_local long scratch;
long res[4];
static void *w(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 1000; i++) scratch += i * id;
  res[id] = scratch;
  return 0;
}
int main(void) {
  pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  printf("%ld\n", res[0] + res[1] + res[2] + res[3]);
  return 0;
}
