/* TRUTH: free — the function-static counter is only touched while holding the static mutex */
#include <pthread.h>

int next_serial(void) {
  static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
  static int calls;
  pthread_mutex_lock(&m);
  int r = ++calls;
  pthread_mutex_unlock(&m);
  return r;
}

void *user(void *arg) {
  return (void *)(long)next_serial();
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return next_serial();
}
