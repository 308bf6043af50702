/* racy: thread B starts at buf[3], which thread A's 4-byte memcpy also writes */
#include <pthread.h>
#include <string.h>
unsigned char buf[8];
void *A(void *p) { (void)p; int v = 0x01020304; memcpy(buf, &v, 4); return NULL; }
void *B(void *p) { (void)p; for (int i = 3; i < 8; i++) buf[i] = (unsigned char)i; return NULL; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, A, NULL);
  pthread_create(&y, NULL, B, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  return buf[3];
}
