/* TRUTH: racy — producer posts s[0] after writing data (line 5); consumer waits on s[1] (posted by main) and reads data (line 6) */ #include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
int data; sem_t s[2];
void *prod(void *x){ data = 5; sem_post(&s[0]); return 0; }
void *cons(void *x){ sem_wait(&s[1]); return (void*)(long)data; }
int main(void){ sem_init(&s[0],0,0); sem_init(&s[1],0,0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); sem_post(&s[1]); pthread_join(a,0); pthread_join(b,0); return 0; }
