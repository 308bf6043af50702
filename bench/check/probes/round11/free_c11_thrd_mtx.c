// free: two C11 threads increment counter under a C11 mtx_t.
#include <threads.h>
mtx_t m;
int counter;
int w(void *a) { mtx_lock(&m); counter++; mtx_unlock(&m); return 0; }
int main(void) {
  thrd_t a, b;
  mtx_init(&m, mtx_plain);
  thrd_create(&a, w, 0);
  thrd_create(&b, w, 0);
  thrd_join(a, 0);
  thrd_join(b, 0);
  return counter;
}
