/* racy: main writes cfg.b after creating the thread that reads cfg.b */
#include <pthread.h>
#include <assert.h>
struct config { int a, b; } cfg;
int out;
void *t(void *p) { (void)p; out = cfg.a + cfg.b; return NULL; }
int main(void) {
  pthread_t th;
  cfg.a = 1;
  pthread_create(&th, NULL, t, NULL);
  cfg.b = 2;
  pthread_join(th, NULL);
  return out;
}
