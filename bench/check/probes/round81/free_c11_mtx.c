/* TRUTH: free — both use ma */
#include <threads.h>
mtx_t ma, mb;
int c;
int w(void *a) { mtx_lock(&ma); c++; mtx_unlock(&ma); return 0; }
int main(void) {
  thrd_t t;
  mtx_init(&ma, mtx_plain); mtx_init(&mb, mtx_plain);
  thrd_create(&t, w, 0);
  mtx_lock(&ma); c++; mtx_unlock(&ma);
  thrd_join(t, 0);
  return c;
}
