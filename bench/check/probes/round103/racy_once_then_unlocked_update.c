/* TRUTH: racy — pthread_once orders the init, but afterwards both threads do cfg_level++ without a lock */
#include <pthread.h>

pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg_level;

void init_cfg(void) { cfg_level = 1; }

void *user(void *arg) {
  pthread_once(&once, init_cfg);
  cfg_level++;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cfg_level;
}
