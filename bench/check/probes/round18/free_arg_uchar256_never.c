/* TRUTH: race-free. thread a's argument (unsigned char)256 is null: it never writes x; only thread b does */
#include <pthread.h>
int x;
void *t1(void *arg) { if (arg) x = 1; return 0; }
void *t2(void *p) { x = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, (void *)(unsigned char)256);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
