/* TRUTH: racy — parent thread creates a child but returns without joining it; main then reads cfg.retries */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

struct config { int level; int retries; } cfg;

static void *child(void *arg) {
  (void)arg;
  usleep(2000);
  cfg.retries = cfg.level * 2;
  return NULL;
}

static void *parent(void *arg) {
  pthread_t *out = arg;
  cfg.level = 3;
  pthread_create(out, NULL, child, NULL);
  return NULL;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, parent, &c);
  pthread_join(p, NULL);
  printf("%d\n", cfg.retries);
  pthread_join(c, NULL);
  return 0;
}
