/* TRUTH: racy. t1 shifts arr left with memmove (writes arr[0..2]); t2 reads arr[0]. */
#include <pthread.h>
#include <string.h>
static int arr[4] = { 1, 2, 3, 4 };
static void *sh(void *v) { (void)v; memmove(arr, arr + 1, 3 * sizeof arr[0]); return NULL; }
static void *rd(void *v) { (void)v; return (void *)(long)arr[0]; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, sh, NULL);
  pthread_create(&t2, NULL, rd, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return 0;
}
