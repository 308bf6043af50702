/* TRUTH: racy — the stack size is ordinary (1 MiB), the create succeeds, x=2 races with w */
/* RUN: - */
#include <pthread.h>
#include <stdint.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, 1 << 20);
  pthread_create(&t, &at, w, 0);
  x = 2;
  return 0;
}
