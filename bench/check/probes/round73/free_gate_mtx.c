/* TRUTH: free — main holds C11 mutex m while creating w and writing g; w locks/unlocks m before reading g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; mtx_t m;
int w(void *x){ mtx_lock(&m); mtx_unlock(&m); return g; }
int main(void){ mtx_init(&m, mtx_plain); thrd_t t; mtx_lock(&m); thrd_create(&t,w,0); g = 5; mtx_unlock(&m); thrd_join(t,0); return 0; }
