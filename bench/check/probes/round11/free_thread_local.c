// free: counter is _Thread_local, so each thread increments its own copy.
#include <pthread.h>
static _Thread_local int counter;
static void *w(void *a) {
  for (int i = 0; i < 10; i++) counter++;
  return (void *)(long)counter;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  counter = 5;
  pthread_join(a, 0);
  pthread_join(b, 0);
  return counter;
}
