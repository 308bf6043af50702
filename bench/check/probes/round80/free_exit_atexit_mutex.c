/* TRUTH: free — thread calls exit(); atexit handler reads x under mutex; main writes x under mutex */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void h(void){ pthread_mutex_lock(&m); printf("%d\n", x); pthread_mutex_unlock(&m); }
void *w(void *p){ exit(0); }
int main(void){ pthread_t t; atexit(h); pthread_create(&t,0,w,0);
 pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m); pthread_join(t,0); return 0; }
