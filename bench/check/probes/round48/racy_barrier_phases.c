/* TRUTH: racy — thread 1 reads x in phase 0 while thread 0 writes it in the same phase, before either reaches the barrier */
#include <pthread.h>
int x; int out; pthread_barrier_t b;
void *t(void *a) {
  long id = (long)a;
  for (int ph = 0; ph < 2; ph++) {
    if (ph == 0 && id == 1) out = x;
    if (ph == 0 && id == 0) x = 42;
    pthread_barrier_wait(&b);
  }
  return 0;
}
int main(void) {
  pthread_t t0, t1;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&t0, 0, t, (void *)0);
  pthread_create(&t1, 0, t, (void *)1);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return out;
}
