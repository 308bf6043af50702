/* TRUTH: free — down() writes acc[7..0] counting down, up() writes acc[8..15]: disjoint */
#include <pthread.h>
static int acc[16];
static void *down(void *p) { (void)p; for (int i = 7; i >= 0; i--) acc[i] = i; return 0; }
static void *up(void *p) { (void)p; for (int i = 8; i < 16; i++) acc[i] = i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, down, 0); pthread_create(&b, 0, up, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return acc[0] + acc[15];
}
