/* TRUTH: racy — volatile does not make accesses atomic: t1 writes stop, t2 reads stop in its loop (also data written before stop is read after) */
#include <pthread.h>
volatile int stop;
int data;
void *t1(void *a) { data = 3; stop = 1; return 0; }
void *t2(void *a) { while (!stop) { } return (void *)(long)data; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
