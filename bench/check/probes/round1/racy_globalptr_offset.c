/* TRUTH: racy. p1[1] and p2[0] are both arr[1]. */
#include <pthread.h>
int arr[4];
int *p1 = arr, *p2 = arr + 1;
void *worker(void *arg) { p1[1] = 1; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  p2[0] = 2;
  pthread_join(t, NULL);
  return arr[1];
}
