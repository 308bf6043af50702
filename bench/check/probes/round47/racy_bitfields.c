/* TRUTH: racy — adjacent bit-fields share one memory location; t1 writes f.ready and t2 writes f.error concurrently */
#include <pthread.h>
struct flags { unsigned ready : 1; unsigned error : 1; unsigned pad : 6; } f;
void *t1(void *a) { f.ready = 1; return 0; }
void *t2(void *a) { f.error = 1; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return f.ready + f.error;
}
