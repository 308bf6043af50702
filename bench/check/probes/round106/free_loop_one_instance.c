/* TRUTH: free — thread array and a[] sized for 4, but the loop creates only ONE instance (id 0); a[0] write and a[1] read are in the same thread */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
int n_workers = 1;
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < n_workers; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < n_workers; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
