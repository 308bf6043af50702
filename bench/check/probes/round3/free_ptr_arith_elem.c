/* TRUTH: free. p = &arr[2]; thread writes arr[2] via p; main writes arr[0] and arr[3]. */
#include <pthread.h>
int arr[4];
int *p;
static void *worker(void *x) { (void)x; *p = 1; return NULL; }
int main(void) {
  pthread_t t;
  p = arr;
  p += 2;
  pthread_create(&t, NULL, worker, NULL);
  arr[0] = 5;
  arr[3] = 6;
  pthread_join(t, NULL);
  return arr[2];
}
