/* TRUTH: racy. t1 memsets arr[0..4]; t2 writes arr[3]: overlapping. */
#include <pthread.h>
#include <string.h>
static int arr[10];
static void *clr(void *v) { (void)v; memset(arr, 0, 5 * sizeof arr[0]); return NULL; }
static void *w3(void *v) { (void)v; arr[3] = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, clr, NULL);
  pthread_create(&t2, NULL, w3, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return arr[3];
}
