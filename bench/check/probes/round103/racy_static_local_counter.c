/* TRUTH: racy — the function-static 'calls' counter is shared and incremented by both threads unlocked */
#include <pthread.h>

int next_serial(void) {
  static int calls;
  calls++;
  return calls;
}

void *user(void *arg) {
  int s = next_serial();
  return (void *)(long)s;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
