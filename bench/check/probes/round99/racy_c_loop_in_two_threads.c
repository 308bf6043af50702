/* TRUTH: racy — run_batch's create/join loop runs in two threads at once, so instances from the two loops overlap on 'total' */
#include <pthread.h>
static int total;
static void *job(void *a) { (void)a; total++; return 0; }
static void *run_batch(void *a) {
  (void)a;
  for (int i = 0; i < 3; i++) {
    pthread_t t;
    pthread_create(&t, 0, job, 0);
    pthread_join(t, 0);
  }
  return 0;
}
int main(void) {
  pthread_t b1, b2;
  pthread_create(&b1, 0, run_batch, 0);
  pthread_create(&b2, 0, run_batch, 0);
  pthread_join(b1, 0);
  pthread_join(b2, 0);
  return total;
}
