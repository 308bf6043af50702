/* race-free: created in a while loop, joined in a do-while over the same count; arr[k] per thread */
#include <pthread.h>
#include <assert.h>
#define N 3
int arr[N];
void *w(void *p) { int *slot = p; *slot += 2; return NULL; }
int main(void) {
  pthread_t t[N];
  int i = 0;
  while (i < N) { pthread_create(&t[i], NULL, w, &arr[i]); i++; }
  int j = 0;
  do { pthread_join(t[j], NULL); j++; } while (j < N);
  assert(arr[0] + arr[1] + arr[2] == 6);
  return 0;
}
