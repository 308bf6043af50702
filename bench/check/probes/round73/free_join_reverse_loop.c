/* TRUTH: free — joined in reverse order over the whole array before main writes g */ #include <pthread.h>
#include <threads.h>
#include <stdlib.h>
#include <assert.h>
#include <unistd.h>
int g; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *x){ pthread_mutex_lock(&m); g++; pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t t[3]; for (int i=0;i<3;i++) pthread_create(&t[i],0,w,0); for (int i=2;i>=0;i--) pthread_join(t[i], 0); g = 0; return g; }
