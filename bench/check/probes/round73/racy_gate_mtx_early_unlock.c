/* TRUTH: racy — main releases m before writing g (line 8); w passes the gate and reads g (line 7) */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; mtx_t m;
int w(void *x){ mtx_lock(&m); mtx_unlock(&m); return g; }
int main(void){ mtx_init(&m, mtx_plain); thrd_t t; mtx_lock(&m); thrd_create(&t,w,0); mtx_unlock(&m); g = 5; thrd_join(t,0); return 0; }
