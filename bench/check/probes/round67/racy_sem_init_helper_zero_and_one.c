/* TRUTH: racy — a wrapper with param v is called with 0 for s and 1 for u; the only literal sem_init args look like 0 */
#include <pthread.h>
#include <semaphore.h>
#include <unistd.h>
sem_t s, u; int x;
static void init_sem(sem_t *p, unsigned v){ sem_init(p,0,v); }
void *prod(void *a){ usleep(1000); x = 1; sem_post(&u); return 0; }
void *cons(void *a){ sem_wait(&u); return (void*)(long)x; }
int main(void){ pthread_t a,b; init_sem(&s,0); init_sem(&u,1); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
