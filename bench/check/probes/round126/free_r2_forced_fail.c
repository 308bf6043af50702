/* TRUTH: free — an 8 EiB stack cannot be mapped, so every create fails and w never runs; x=2 is main's alone */
/* RUN: - */
#include <pthread.h>
#include <stdint.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_attr_t at;
  pthread_attr_init(&at);
  pthread_attr_setstacksize(&at, SIZE_MAX / 2);
  pthread_create(&t, &at, w, 0);
  x = 2;
  return 0;
}
