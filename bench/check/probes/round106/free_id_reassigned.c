/* TRUTH: free — id is advanced by 10 between the write a[id] (cells 0..2) and the read a[id + 1] (cells 11..13) */
#include <pthread.h>
#include <stdio.h>
#define N 3
int a[16];
int out[N];
void *f(void *p) {
  long id = (long)p;
  long me = id;
  a[id] = (int)id + 1;
  id += 10;
  out[me] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
