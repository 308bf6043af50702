/* TRUTH: free — evens() writes w[2*i] (even indices 0..14), odds() writes w[2*i+1] (odd 1..15): never the same element */
#include <pthread.h>
static short w[16];
static void *evens(void *p) { (void)p; for (int i = 0; i < 8; i++) w[2 * i] = 1; return 0; }
static void *odds(void *p) { (void)p; for (int i = 0; i < 8; i++) w[2 * i + 1] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, evens, 0); pthread_create(&b, 0, odds, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return w[0] + w[1];
}
