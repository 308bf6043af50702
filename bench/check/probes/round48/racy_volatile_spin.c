/* TRUTH: racy — flag is volatile but not atomic: main's write and the thread's spinning reads of flag race (and so x is not ordered either) */
#include <pthread.h>
int x; volatile int flag; int out;
void *t(void *a) { while (!flag) ; out = x; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 5;
  flag = 1;
  pthread_join(th, 0);
  return out;
}
