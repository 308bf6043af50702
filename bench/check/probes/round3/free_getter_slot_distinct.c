/* TRUTH: free. slot(i) returns &arr[i]; thread A writes slot 0, thread B slot 1 only. */
#include <pthread.h>
static int arr[2];
static int *slot(int i) { return &arr[i]; }
static void *wa(void *x) { (void)x; *slot(0) = 1; return NULL; }
static void *wb(void *x) { (void)x; *slot(1) = 2; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, wa, NULL);
  pthread_create(&t2, NULL, wb, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return arr[0] + arr[1];
}
