/* TRUTH: racy — mode is initialized via pthread_once in one thread, but another thread overwrites mode directly without any synchronization */
#include <pthread.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int mode;
static void init_mode(void) { mode = 1; }
void *a(void *p) { pthread_once(&once, init_mode); return (void *)(long)mode; }
void *b(void *p) { mode = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
