/* TRUTH: racy. tab[0] and tab[2] both point to a; two threads write through them. */
#include <pthread.h>
int a, b;
int *tab[3] = { &a, &b, &a };
static void *w0(void *x) { (void)x; *tab[0] = 1; return NULL; }
static void *w2(void *x) { (void)x; *tab[2] = 2; return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w0, NULL);
  pthread_create(&t2, NULL, w2, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return a + b;
}
