/* TRUTH: racy — main passes &arr[1] (via arr + 1 inside a compound expression (arr + 2) - 1) to the thread; the thread writes p[0] (line 5) while main writes arr[1] (line 12). */
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
  arr[1] = 2;
  pthread_join(t1, 0);
  return arr[1];
}
