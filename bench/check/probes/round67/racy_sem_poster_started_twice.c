/* TRUTH: racy — producer function started twice; the second instance writes x while consumer reads after the first post */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ if (a) usleep(2000); x = 1; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,a2,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_create(&a2,0,prod,(void*)1); pthread_join(a,0); pthread_join(a2,0); pthread_join(b,0); return 0; }
