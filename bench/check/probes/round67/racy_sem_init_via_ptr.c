/* TRUTH: racy — sem initialised to 1 through a pointer; consumer's wait passes without the post */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
void *prod(void *a){ usleep(1000); x = 1; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_t *sp = &s; sem_init(sp,0,1); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
