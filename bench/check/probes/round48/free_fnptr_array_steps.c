/* TRUTH: free — steps[] runs wait_go then use_x in that order, so use_x's write follows the acquire spin released by main after its write */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int go;
static void use_x(void) { x++; }
static void wait_go(void) { while (!atomic_load(&go)) ; }
static void (*const steps[2])(void) = { wait_go, use_x };
void *t(void *a) {
  for (int i = 0; i < 2; i++) steps[i]();
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 30;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x;
}
