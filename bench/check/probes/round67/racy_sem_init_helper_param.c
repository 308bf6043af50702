/* TRUTH: racy — init_sem(&s, 1) wrapper initialises s to 1 */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s; int x;
static void init_sem(sem_t *p, unsigned v){ sem_init(p,0,v); }
void *prod(void *a){ usleep(1000); x = 1; sem_post(&s); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; init_sem(&s,1); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
