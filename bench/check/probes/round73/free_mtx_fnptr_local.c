/* TRUTH: free — C11 mtx_lock/mtx_unlock through local function pointers around g++ */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; mtx_t m;
int w(void *x){ int (*lk)(mtx_t *) = mtx_lock; int (*ul)(mtx_t *) = mtx_unlock; lk(&m); g++; ul(&m); return 0; }
int main(void){ mtx_init(&m, mtx_plain); thrd_t a,b; thrd_create(&a,w,0); thrd_create(&b,w,0); thrd_join(a,0); thrd_join(b,0); return g; }
