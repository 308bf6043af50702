/* TRUTH: racy — cleanup routine (pushed before the post) writes x when popped after the post */
#include <pthread.h>
#include <semaphore.h>
sem_t s; int x;
static void cl(void *a){ x = 9; }
void *prod(void *a){ pthread_cleanup_push(cl, 0); sem_post(&s); pthread_cleanup_pop(1); return 0; }
void *cons(void *a){ sem_wait(&s); return (void*)(long)x; }
int main(void){ pthread_t a,b; sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); pthread_join(a,0); pthread_join(b,0); return 0; }
