/* TRUTH: racy — call_once init writes cfg; worker also writes cfg directly, main runs call_once concurrently */
#include <threads.h>
static once_flag of = ONCE_FLAG_INIT;
int cfg;
static void init(void) { cfg = 1; }
int w(void *a) { cfg = 5; return 0; }
int main(void) {
  thrd_t t;
  thrd_create(&t, w, 0);
  call_once(&of, init);
  thrd_join(t, 0);
  return cfg;
}
