/* TRUTH: racy — like ping-pong but a_ writes x once more after posting ping, before waiting pong */
#include <pthread.h>
#include <semaphore.h>
sem_t ping, pong; int x;
void *a_(void *a){ x = 1; sem_post(&ping); x = 4; sem_wait(&pong); x = 3; return 0; }
void *b_(void *a){ sem_wait(&ping); x = 2; sem_post(&pong); return 0; }
int main(void){ pthread_t a,b; sem_init(&ping,0,0); sem_init(&pong,0,0); pthread_create(&a,0,a_,0); pthread_create(&b,0,b_,0); pthread_join(a,0); pthread_join(b,0); return x; }
