/* TRUTH: free. C11 threads: both workers lock the same mtx around `total`. */
#include <threads.h>
mtx_t mu;
int total;
int work(void *arg) { mtx_lock(&mu); total++; mtx_unlock(&mu); return 0; }
int main(void) {
  thrd_t a, b;
  mtx_init(&mu, mtx_plain);
  thrd_create(&a, work, NULL);
  thrd_create(&b, work, NULL);
  thrd_join(a, NULL);
  thrd_join(b, NULL);
  return total;
}
