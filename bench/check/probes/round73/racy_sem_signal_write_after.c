/* TRUTH: racy — producer writes data (line 5) after sem_post; consumer reads (line 6) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int data; sem_t s;
void *prod(void *x){ sem_post(&s); data = 5; return 0; }
void *cons(void *x){ sem_wait(&s); return (void*)(long)data; }
int main(void){ sem_init(&s, 0, 0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
