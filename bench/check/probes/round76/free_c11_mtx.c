/* TRUTH: free — C11 mtx_lock protects x */
#include <threads.h>
int x; mtx_t m;
int f(void *a) { mtx_lock(&m); x++; mtx_unlock(&m); return 0; }
int main(void){ thrd_t a, b; mtx_init(&m, mtx_plain); thrd_create(&a, f, 0); thrd_create(&b, f, 0); thrd_join(a, 0); thrd_join(b, 0); return 0; }
