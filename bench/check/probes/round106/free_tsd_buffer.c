/* TRUTH: free — each instance stores its own calloc buffer in thread-specific data and indexes that; no sharing */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
#include <stdlib.h>
pthread_key_t key;
__attribute__((constructor)) static void mk(void) { pthread_key_create(&key, free); }
void *f(void *p) {
  long id = (long)p;
  pthread_setspecific(key, calloc(2, sizeof(int)));
  int *two = pthread_getspecific(key);
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
