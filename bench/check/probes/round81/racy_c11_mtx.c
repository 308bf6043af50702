/* TRUTH: racy — two distinct C11 mutexes ma, mb guard same counter */
#include <threads.h>
mtx_t ma, mb;
int c;
int w(void *a) { mtx_lock(&ma); c++; mtx_unlock(&ma); return 0; }
int main(void) {
  thrd_t t;
  mtx_init(&ma, mtx_plain); mtx_init(&mb, mtx_plain);
  thrd_create(&t, w, 0);
  mtx_lock(&mb); c++; mtx_unlock(&mb);
  thrd_join(t, 0);
  return c;
}
