/* TRUTH: racy. A `static` local in the thread function is one object shared by both
   instances; both increment it without a lock. */
#include <pthread.h>
void *worker(void *arg) {
  static int calls;
  calls++;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
