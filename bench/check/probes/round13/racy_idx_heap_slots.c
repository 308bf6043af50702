/* racy: every thread gets arr (the base pointer), so all threads read-modify-write arr[0] */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
#define N 4
void *w(void *p) { int *slot = p; *slot = *slot * 2 + 1; return NULL; }
int main(void) {
  int *arr = malloc(N * sizeof *arr);
  if (!arr) return 1;
  pthread_t t[N];
  for (int i = 0; i < N; i++) arr[i] = i;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, arr);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int r = arr[0];
  free(arr);
  return r;
}
