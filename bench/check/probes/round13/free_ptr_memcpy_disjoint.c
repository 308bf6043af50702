/* race-free: thread A memcpy's 4 bytes into buf[0..3], thread B writes buf[4..7]; byte ranges disjoint */
#include <pthread.h>
#include <string.h>
#include <assert.h>
unsigned char buf[8];
void *A(void *p) { (void)p; int v = 0x01020304; memcpy(buf, &v, 4); return NULL; }
void *B(void *p) { (void)p; for (int i = 4; i < 8; i++) buf[i] = (unsigned char)i; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  assert(buf[7] == 7);
  return 0;
}
