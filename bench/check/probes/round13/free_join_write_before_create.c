/* race-free: main writes cfg before pthread_create; the thread only reads cfg */
#include <pthread.h>
#include <assert.h>
struct config { int a, b; } cfg;
int out;
void *t(void *p) { (void)p; out = cfg.a + cfg.b; return NULL; }
int main(void) {
  pthread_t th;
  cfg.a = 1; cfg.b = 2;
  pthread_create(&th, NULL, t, NULL);
  pthread_join(th, NULL);
  assert(out == 3);
  return 0;
}
