/* TRUTH: racy. Two threads qsort the same global array concurrently (qsort writes it). */
#include <pthread.h>
#include <stdlib.h>
static int arr[6] = { 5, 4, 3, 2, 1, 0 };
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void *w(void *v) { (void)v; qsort(arr, 6, sizeof arr[0], cmp); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return arr[0];
}
