/* TRUTH: racy — the detached thread's write of x is never ordered with main's later read-modify-write */
#include <pthread.h>
#include <unistd.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  pthread_detach(th);
  x++;
  sleep(1);
  return x;
}
