/* TRUTH: free — both increments of g under mtx_plain m */
#include <threads.h>
int g; mtx_t m;
int w(void *a){ mtx_lock(&m); g++; mtx_unlock(&m); return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); mtx_destroy(&m); return g; }
