/* racy: do-while joins t[1]..t[N-1] (j starts at 1), so thread 0's arr[0] update races with main's read */
#include <pthread.h>
#define N 3
int arr[N];
void *w(void *p) { int *slot = p; *slot += 2; return NULL; }
int main(void) {
  pthread_t t[N];
  int i = 0;
  while (i < N) { pthread_create(&t[i], NULL, w, &arr[i]); i++; }
  int j = 1;
  do { pthread_join(t[j], NULL); j++; } while (j < N);
  return arr[0];
}
