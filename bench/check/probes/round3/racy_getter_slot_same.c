/* TRUTH: racy. slot(1) and &arr[1] are the same element; thread writes through the getter,
   main writes arr[1] directly. */
#include <pthread.h>
static int arr[2];
static int *slot(int i) { return &arr[i]; }
static void *wb(void *x) { (void)x; *slot(1) = 2; return NULL; }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, wb, NULL);
  arr[1] = 7;
  pthread_join(t, NULL);
  return arr[1];
}
