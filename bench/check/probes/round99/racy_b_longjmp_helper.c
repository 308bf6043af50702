/* TRUTH: racy — bail_if(1) longjmps back to the worker's setjmp, whose branch writes shared while main does too */
#include <pthread.h>
#include <setjmp.h>
static int shared;
static __thread jmp_buf bail;
static void bail_if(int c) { if (c) longjmp(bail, 1); }
static void *worker(void *a) {
  (void)a;
  if (setjmp(bail)) {
    shared++;
    return 0;
  }
  bail_if(1);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
