/* TRUTH: racy — by2() writes w[0,2,..,14], by3() writes w[0,3,..,12]: both write w[0], w[6], w[12] */
#include <pthread.h>
static short w[16];
static void *by2(void *p) { (void)p; for (int i = 0; i < 8; i++) w[2 * i] = 1; return 0; }
static void *by3(void *p) { (void)p; for (int i = 0; i < 5; i++) w[3 * i] = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, by2, 0); pthread_create(&b, 0, by3, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return w[6];
}
