/* TRUTH: free — parent thread writes cfg, creates child (which reads/writes cfg), joins child, then writes cfg again */
#include <pthread.h>
#include <stdio.h>

struct config { int level; int retries; } cfg;

static void *child(void *arg) {
  (void)arg;
  cfg.retries = cfg.level * 2;
  return NULL;
}

static void *parent(void *arg) {
  (void)arg;
  cfg.level = 3;
  pthread_t c;
  pthread_create(&c, NULL, child, NULL);
  pthread_join(c, NULL);
  cfg.level = cfg.retries + 1;
  return NULL;
}

int main(void) {
  pthread_t p;
  cfg.level = 1;
  pthread_create(&p, NULL, parent, NULL);
  pthread_join(p, NULL);
  printf("%d %d\n", cfg.level, cfg.retries);
  return 0;
}
