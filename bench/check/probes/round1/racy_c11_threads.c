/* TRUTH: racy. C11 threads: two thrd_create'd workers; one locks mtx, the other not. */
#include <threads.h>
mtx_t mu;
int total;
int locked(void *arg) { mtx_lock(&mu); total++; mtx_unlock(&mu); return 0; }
int unlocked(void *arg) { total++; return 0; }
int main(void) {
  thrd_t a, b;
  mtx_init(&mu, mtx_plain);
  thrd_create(&a, locked, NULL);
  thrd_create(&b, unlocked, NULL);
  thrd_join(a, NULL);
  thrd_join(b, NULL);
  return total;
}
