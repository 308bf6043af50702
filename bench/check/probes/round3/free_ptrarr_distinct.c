/* TRUTH: free. tab[0] -> a, tab[1] -> b, tab never changes; each thread writes a different global. */
#include <pthread.h>
int a, b;
int *tab[2] = { &a, &b };
static void *w0(void *x) { (void)x; *tab[0] = 1; return NULL; }
static void *w1(void *x) { (void)x; *tab[1] = 2; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w0, NULL);
  pthread_create(&t2, NULL, w1, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return a + b;
}
