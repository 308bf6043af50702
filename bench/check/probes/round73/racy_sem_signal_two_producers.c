/* TRUTH: racy — two producers write data (line 5) and post; the consumer waits once and reads (line 6) while the other producer may still write */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int data; sem_t s;
void *prod(void *x){ data = 5; sem_post(&s); return 0; }
void *cons(void *x){ sem_wait(&s); return (void*)(long)data; }
int main(void){ sem_init(&s, 0, 0); pthread_t a,b,c; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_create(&c,0,prod,0); pthread_join(a,0); pthread_join(b,0); pthread_join(c,0); return 0; }
