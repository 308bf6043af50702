// racy: bit-fields of different declared types are still one adjacent bit-field sequence: one memory location.
#include <pthread.h>
struct regs { unsigned int mode : 3; unsigned char irq : 2; } r;
void *t1(void *x) { r.mode = 5; return 0; }
void *t2(void *x) { r.irq = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return r.mode;
}
