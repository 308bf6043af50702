/* TRUTH: free — chunks of CH=16 over LEN=10 elements: worker 1's chunk [16,10) is empty (lo >= hi after clamping), so it always pthread_exit()s before publishing; only worker 0 writes `total`, and main reads it after both joins. */
#include <pthread.h>
#include <stdlib.h>
#define LEN 10
#define CH 16
void reach_error(void) { abort(); }
int data[LEN] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
long total;
static void *summer(void *arg) {
  long id = (long)arg;
  long lo = id * CH, hi = lo + CH;
  if (hi > LEN) hi = LEN;
  if (lo >= hi) pthread_exit(NULL);
  long s = 0;
  for (int i = 0; i < CH; i++)
    if (lo + i < hi) s += data[lo + i];
  total = s;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, summer, (void *)0);
  pthread_create(&b, NULL, summer, (void *)1);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (total != 55) reach_error();
  return 0;
}
