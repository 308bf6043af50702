/* TRUTH: racy — t1 sets stop (seq_cst) BEFORE writing data; t2 may see stop == 1 and read data while t1 writes it */
#include <pthread.h>
#include <stdatomic.h>
atomic_int stop;
int data;
void *t1(void *a) { atomic_store(&stop, 1); data = 3; return 0; }
void *t2(void *a) { while (!atomic_load(&stop)) { } return (void *)(long)data; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
