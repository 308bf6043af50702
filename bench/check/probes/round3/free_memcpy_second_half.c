/* TRUTH: free. t1 memcpy's into arr[5..9]; t2 writes arr[0]. src is read-only. */
#include <pthread.h>
#include <string.h>
static int arr[10];
static const int src[5] = { 1, 2, 3, 4, 5 };
static void *cp(void *v) { (void)v; memcpy(&arr[5], src, sizeof src); return NULL; }
static void *w0(void *v) { (void)v; arr[0] = 1; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, cp, NULL);
  pthread_create(&t2, NULL, w0, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return arr[0] + arr[5];
}
