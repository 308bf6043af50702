/* TRUTH: racy — exit handler writes x after main's post; detached consumer reads x after wait while exit runs */
#include <pthread.h>
#include <semaphore.h>
#include <stdlib.h>
#include <unistd.h>
sem_t s; int x;
static void bye(void){ x = 9; }
void *cons(void *a){ sem_wait(&s); for (int i=0;i<100000;i++) (void)*(volatile int*)&x; return 0; }
int main(void){ pthread_t b; atexit(bye); sem_init(&s,0,0); pthread_create(&b,0,cons,0); x = 1; sem_post(&s); usleep(100); return 0; }
