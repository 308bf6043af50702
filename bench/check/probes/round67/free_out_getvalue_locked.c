/* TRUTH: free — sem_getvalue into global v under a mutex in both threads */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int v; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *f(void *a){ pthread_mutex_lock(&m); sem_getvalue(&s, &v); pthread_mutex_unlock(&m); return 0; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&a,0,f,0); pthread_create(&b,0,f,0); pthread_join(a,0); pthread_join(b,0); return v; }
