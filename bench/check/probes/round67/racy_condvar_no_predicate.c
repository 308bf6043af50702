/* TRUTH: racy — consumer reads ready without the mutex (plain flag poll) while producer writes it under mutex */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int ready, data;
void *prod(void *a){ data = 42; pthread_mutex_lock(&m); ready = 1; pthread_mutex_unlock(&m); return 0; }
void *cons(void *a){ if (ready) return (void*)(long)data; return 0; }
int main(void){ pthread_t a,b; pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
