/* TRUTH: racy — through a char pointer, instance id also writes the first byte of data[id % 4 + 1], i.e. the cell instance id+1 writes */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[5];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] = (int)id + 1;
  ((char *)&data[id % 4])[sizeof(int)] = 0;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[1]);
  return 0;
}
