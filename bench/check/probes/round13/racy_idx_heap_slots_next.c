/* racy: thread i writes slot[0] and slot[1] = arr[i] and arr[i+1]; arr[i+1] is also thread i+1's slot */
#include <pthread.h>
#include <stdlib.h>
#define N 4
void *w(void *p) { int *slot = p; slot[0] = 1; slot[1] = 2; return NULL; }
int main(void) {
  int *arr = calloc(N + 1, sizeof *arr);
  if (!arr) return 1;
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, &arr[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int r = arr[1];
  free(arr);
  return r;
}
