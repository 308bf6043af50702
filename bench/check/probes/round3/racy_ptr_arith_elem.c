/* TRUTH: racy. p = arr; p += 2 -> &arr[2]; thread writes *p, main writes arr[2]. */
#include <pthread.h>
int arr[4];
int *p;
static void *worker(void *x) { (void)x; *p = 1; return NULL; }
int main(void) {
  pthread_t t;
  p = arr;
  p += 2;
  pthread_create(&t, NULL, worker, NULL);
  arr[2] = 5;
  pthread_join(t, NULL);
  return arr[2];
}
