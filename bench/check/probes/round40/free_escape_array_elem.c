/* TRUTH: free — the thread gets &arr[1] via (arr + 2) - 1 and writes p[0] = arr[1] (line 5); main writes arr[3] (line 12), a different element. */
#include <pthread.h>
void *w(void *x) {
  int *p = x;
  p[0] = 1;
  return 0;
}
int main(void) {
  pthread_t t1;
  int arr[4] = {0};
  pthread_create(&t1, 0, w, (arr + 2) - 1);
  arr[3] = 2;
  pthread_join(t1, 0);
  return arr[1];
}
