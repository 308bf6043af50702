/* TRUTH: free — low() writes grid[0..8), high() writes grid[8..16): the constant ranges do not meet; main reads after joins */
#include <pthread.h>
static int grid[16];
static void *low(void *p) { (void)p; for (int i = 0; i < 8; i++) grid[i] = i; return 0; }
static void *high(void *p) { (void)p; for (int i = 8; i < 16; i++) grid[i] = -i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, low, 0); pthread_create(&b, 0, high, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return grid[7] + grid[8];
}
