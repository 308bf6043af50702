/* TRUTH: racy — sleep(1) is not synchronization: the thread's read of x and main's write are unordered by happens-before */
#include <pthread.h>
#include <unistd.h>
int x; int out;
void *t(void *a) { sleep(1); out = x; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 1;
  pthread_join(th, 0);
  return out;
}
