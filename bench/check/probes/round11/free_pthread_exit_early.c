// free: worker always calls pthread_exit before the write to x, so x is only written by main.
#include <pthread.h>
int x;
void *w(void *a) {
  pthread_exit(0);
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
