/* TRUTH: racy — lock word is acquired with CAS but released with a plain store 'lockword = 0', a non-atomic write that conflicts with the other thread's CAS/loads */
#include <pthread.h>
int lockword;
int data;
static void lk(void) { while (!__sync_bool_compare_and_swap(&lockword, 0, 1)) {} }
static void ulk(void) { lockword = 0; }
void *t(void *a) {
  lk();
  data++;
  ulk();
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t, 0);
  pthread_create(&y, 0, t, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return data;
}
