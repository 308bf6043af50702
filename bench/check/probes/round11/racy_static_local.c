// racy: 'calls' is a static local in the thread function, shared by all threads, incremented without a lock.
#include <pthread.h>
void *w(void *a) {
  static int calls;
  calls++;
  return (void *)(long)calls;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
