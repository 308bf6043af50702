/* TRUTH: racy — main publishes the address of its own TLS counter via a global before creating threads; threads write through it */
#include <pthread.h>
#include <stdio.h>
_Thread_local int counter; int *shared;
void *w(void *a) { for (int i = 0; i < 1000; i++) (*shared)++; return 0; }
int main(void) {
  pthread_t a, b; shared = &counter;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", counter); return 0;
}
