/* TRUTH: free — twin: one create/join loop, each job joined before the next */
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
  pthread_t b1;
  pthread_create(&b1, 0, run_batch, 0);
  pthread_join(b1, 0);
  return total;
}
