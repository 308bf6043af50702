/* TRUTH: free — counter incremented under a mutex by 4 threads */
#include <pthread.h>
int c; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a){ for (int i=0;i<1000;i++){ pthread_mutex_lock(&m); c++; pthread_mutex_unlock(&m);} return 0; }
int main(void){ pthread_t t[4]; for (int i=0;i<4;i++) pthread_create(&t[i],0,f,0); for (int i=0;i<4;i++) pthread_join(t[i],0); return c; }
