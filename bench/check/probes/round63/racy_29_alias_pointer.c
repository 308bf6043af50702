/* TRUTH: racy — the thread writes level through alias lvl_ptr (= &level) while main writes level directly before joining */
#include <pthread.h>
static int level;
static int *lvl_ptr = &level;
static void *raise_lvl(void *p) { (void)p; *lvl_ptr = 5; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, raise_lvl, 0);
  level = 1;
  pthread_join(t, 0);
  return level;
}
