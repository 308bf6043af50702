/* TRUTH: racy — pthread_create is a macro for my_create, which starts w and returns -1: the error branch runs x=2 with w running */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
static int my_create(pthread_t *th, const pthread_attr_t *at, void *(*f)(void *), void *arg) {
  if ((pthread_create)(th, at, f, arg)) return 1;
  return -1;
}
#define pthread_create(a, b, c, d) my_create(a, b, c, d)
int main(void) {
  if (pthread_create(&t, 0, w, 0) != 0) { x = 2; return 1; }
  x = 3;
  return 0;
}
