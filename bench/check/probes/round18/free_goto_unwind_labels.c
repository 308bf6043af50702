/* TRUTH: race-free. error unwinding through err3..err1; every access of x is under m */
#include <pthread.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *p) {
  char *a, *b, *c;
  pthread_mutex_lock(&m);
  a = malloc(4);
  if (!a) goto err1;
  b = malloc(4);
  if (!b) goto err2;
  c = malloc(4);
  if (!c) goto err3;
  x++;
  free(c);
err3:
  free(b);
err2:
  free(a);
err1:
  x--;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
