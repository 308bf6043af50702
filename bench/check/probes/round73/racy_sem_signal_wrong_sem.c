/* TRUTH: racy — producer posts s2, consumer waits on s (posted by main, which never touches data): data (line 5) vs read (line 6) */ #include <pthread.h>
#include <semaphore.h>
#include <errno.h>
int data; sem_t s, s2;
void *prod(void *x){ data = 5; sem_post(&s2); return 0; }
void *cons(void *x){ sem_wait(&s); return (void*)(long)data; }
int main(void){ sem_init(&s, 0, 0); sem_init(&s2, 0, 0); pthread_t a,b; pthread_create(&a,0,cons,0); pthread_create(&b,0,prod,0); sem_post(&s); pthread_join(a,0); pthread_join(b,0); return 0; }
