/* TRUTH: racy. Thread i gets &a[i] and writes the int right after it through a char*
   step of sizeof(int): that is a[i+1], owned by thread i+1. */
#include <pthread.h>
#define N 4
int a[N + 1];
void *worker(void *arg) {
  char *c = arg;
  *(int *)arg = 1;
  *(int *)(c + sizeof(int)) = 2;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return a[1];
}
