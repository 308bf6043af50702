/* TRUTH: racy — first() runs to n/2 + 1 = 11 (writes v[10]) and second() starts at n/2 = 10: both write v[10] */
#include <pthread.h>
static int v[20];
static void *first(void *p) { (void)p; int n = 20; int end = n / 2 + 1; for (int i = 0; i < end; i++) v[i] = 1; return 0; }
static void *second(void *p) { (void)p; int n = 20; int start = n / 2; for (int i = start; i < n; i++) v[i] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, first, 0); pthread_create(&b, 0, second, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return v[10];
}
