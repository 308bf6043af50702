/* TRUTH: racy — key destructor of the producer writes x at producer exit, after its post */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x; pthread_key_t k;
static void dtor(void *v){ x = 9; }
void *prod(void *a){ pthread_setspecific(k, (void*)1); sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; pthread_key_create(&k, dtor); sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
