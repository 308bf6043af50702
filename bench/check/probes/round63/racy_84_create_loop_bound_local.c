/* TRUTH: racy — with local n = 4, main joins workers 0..n-2 only and reads slots[n-1], which worker n-1 writes */
#include <pthread.h>
static int slots[8];
static void *fill(void *p) { int i = (int)(long)p; slots[i] = 1; return 0; }
int main(void) {
  int n = 4;
  pthread_t th[8];
  for (int i = 0; i < n; i++) pthread_create(&th[i], 0, fill, (void *)(long)i);
  for (int i = 0; i < n - 1; i++) pthread_join(th[i], 0);
  return slots[n - 1];
}
