/* TRUTH: free — ids[i] = i passed by pointer; each instance writes only a[id]; ids[] written before create */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N];
int ids[N];
void *f(void *p) {
  int id = *(int *)p;
  a[id] = id * id;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, f, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[3]);
  return 0;
}
