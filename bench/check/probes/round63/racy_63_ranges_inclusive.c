/* TRUTH: racy — left() uses i <= 8 so it writes buf[8], which right() (i from 8) also writes, concurrently */
#include <pthread.h>
static double buf[16];
static void *left(void *p) { (void)p; for (int i = 0; i <= 8; i++) buf[i] = 0.5 * i; return 0; }
static void *right(void *p) { (void)p; for (int i = 8; i < 16; i++) buf[i] = 1.5 * i; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, left, 0); pthread_create(&b, 0, right, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return (int)buf[8];
}
