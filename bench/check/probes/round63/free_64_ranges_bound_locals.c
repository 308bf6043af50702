/* TRUTH: free — bounds are locals: first() covers v[lo..mid) = [0,10), second() covers v[mid..hi) = [10,20); disjoint */
#include <pthread.h>
static int v[20];
static void *first(void *p) { (void)p; int lo = 0, mid = 10; for (int i = lo; i < mid; i++) v[i] += 1; return 0; }
static void *second(void *p) { (void)p; int mid = 10, hi = 20; for (int i = mid; i < hi; i++) v[i] += 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, first, 0); pthread_create(&b, 0, second, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return v[9] + v[10];
}
