/* TRUTH: racy — the function-static counter is shared by both threads running t */
#include <pthread.h>
void *t(void *a) { static int cnt; cnt++; return (void *)(long)cnt; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
