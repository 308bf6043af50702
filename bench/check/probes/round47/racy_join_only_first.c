/* TRUTH: racy — main joins only the first thread, then reads out2 which the second (unjoined) thread writes */
#include <pthread.h>
int out1, out2;
void *f1(void *a) { out1 = 1; return 0; }
void *f2(void *a) { out2 = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, f1, 0);
  pthread_create(&b, 0, f2, 0);
  pthread_join(a, 0);
  return out1 + out2;
}
