/* TRUTH: racy — NOT is defined as !* so NOT p reads *p (x) while main writes x */
#include <pthread.h>
#include <stdio.h>
#define NOT !*
int x;
static void *t(void *a) { int *p = a; return (void *)(long)(NOT p); }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  x = 3;
  pthread_join(h, 0);
  printf("%d\n", x);
  return 0;
}
