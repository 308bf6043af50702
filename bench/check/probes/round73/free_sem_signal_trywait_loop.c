/* TRUTH: free — consumer spins until sem_trywait succeeds, then reads data written before the post */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int data; sem_t s;
void *prod(void *x){ data = 5; sem_post(&s); return 0; }
void *cons(void *x){ while (sem_trywait(&s) != 0) ; return (void*)(long)data; }
int main(void){ sem_init(&s, 0, 0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
