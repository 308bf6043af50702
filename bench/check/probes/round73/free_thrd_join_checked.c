/* TRUTH: free — thrd_join checked against thrd_success; g read after */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g;
int w(void *x){ g = 1; return 0; }
int main(void){ thrd_t t; if (thrd_create(&t,w,0) != thrd_success) return 1; if (thrd_join(t, 0) != thrd_success) return 1; g = 2; return g; }
