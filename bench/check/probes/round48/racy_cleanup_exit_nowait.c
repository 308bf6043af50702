/* TRUTH: racy — the thread exits at once, running the handler's x++ with no synchronisation against main's x = 12 */
#include <pthread.h>
int x;
static void cleanup(void *a) { x++; }
void *t(void *a) {
  pthread_cleanup_push(cleanup, 0);
  pthread_exit(0);
  pthread_cleanup_pop(0);
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 12;
  pthread_join(th, 0);
  return x;
}
