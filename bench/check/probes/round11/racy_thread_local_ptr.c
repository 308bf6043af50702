// racy: counter is _Thread_local, but thread a publishes its copy's address in a global before creating b; b writes through it while a writes its own copy.
#include <pthread.h>
static _Thread_local int counter;
static int *shared_ptr;
static void *wb(void *a) { *shared_ptr = 7; return 0; }
static void *wa(void *a) {
  pthread_t b;
  shared_ptr = &counter;
  pthread_create(&b, 0, wb, 0);
  counter++;
  pthread_join(b, 0);
  return 0;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, 0, wa, 0);
  pthread_join(a, 0);
  return 0;
}
