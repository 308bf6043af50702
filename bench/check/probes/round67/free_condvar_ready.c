/* TRUTH: free — data written before setting ready under mutex; consumer waits on condvar loop */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int ready, data;
void *prod(void *a){ data = 42; pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return 0; }
void *cons(void *a){ pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv,&m); pthread_mutex_unlock(&m); return (void*)(long)data; }
int main(void){ pthread_t a,b; pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
