/* TRUTH: racy — cons starts child before its cond-wait loop; child reads data (line 6) while prod writes it (line 5) */ #include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
int data, ready; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER; pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *prod(void *x){ data = 1; pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m); return 0; }
void *child(void *x){ return (void*)(long)data; }
void *cons(void *x){ pthread_t c; pthread_create(&c,0,child,0); pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m); pthread_join(c,0); return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
