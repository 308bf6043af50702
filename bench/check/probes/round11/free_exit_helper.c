// free: die() always calls pthread_exit, so the worker never reaches 'x = 5'.
#include <pthread.h>
int x;
static void die(void) { pthread_exit(0); }
void *w(void *a) {
  die();
  x = 5;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  x = 3;
  pthread_join(t, 0);
  return x;
}
