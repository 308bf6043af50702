/* TRUTH: racy — low() writes grid[0..9) and high() writes grid[8..16): both write grid[8] concurrently */
#include <pthread.h>
static int grid[16];
static void *low(void *p) { (void)p; for (int i = 0; i < 9; i++) grid[i] = i; return 0; }
static void *high(void *p) { (void)p; for (int i = 8; i < 16; i++) grid[i] = -i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, low, 0); pthread_create(&b, 0, high, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return grid[8];
}
