/* TRUTH: free — both threads joined by a while loop before main reads g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[2]; for (int i=0;i<2;i++) pthread_create(&t[i],0,w,0); int i = 0; while (i < 2) { pthread_join(t[i], 0); i++; } g = 0; return g; }
