/* TRUTH: racy — signal handler writing x may run in the producer after its post; consumer reads x after wait */
#include <pthread.h>
#include <semaphore.h>
#include <signal.h>
#include <unistd.h>
sem_t s; volatile int x;
static void h(int sig){ x = 9; }
void *prod(void *a){ x = 1; sem_post(&s); usleep(5000); return 0; }
void *cons(void *a){ sem_wait(&s); usleep(1000); return (void*)(long)x; }
int main(void){ pthread_t a,b; signal(SIGUSR1, h); sem_init(&s,0,0); pthread_create(&b,0,cons,0); pthread_create(&a,0,prod,0); usleep(1000); pthread_kill(a, SIGUSR1); pthread_join(a,0); pthread_join(b,0); return 0; }
