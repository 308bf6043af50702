/* TRUTH: racy — producer posts sm.a (line 5); consumer waits on sm.b posted by main, reads data (line 6) */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int data; struct { sem_t a, b; } sm;
void *prod(void *x){ data = 5; sem_post(&sm.a); return 0; }
void *cons(void *x){ sem_wait(&sm.b); return (void*)(long)data; }
int main(void){ sem_init(&sm.a,0,0); sem_init(&sm.b,0,0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); sem_post(&sm.b); pthread_join(a,0); pthread_join(b,0); return 0; }
